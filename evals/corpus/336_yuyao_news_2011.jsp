<%@ page pageEncoding="UTF-8"%>
<%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>2011年余姚投资22亿完成16个重点交通项目- 【阳光易购】</title>
<c:import url="/view/srplatform/common/init.jsp">
	<c:param name="isLastLoadPage">
		true
	</c:param>
</c:import>

<!--CSS-->
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/web.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/skin07/css/seller.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/listDetail.css" />
<!--JS-->
<script type="text/javascript" src='/view/srplatform/portal/include/common.js'></script>
</head>

<body>

<div id="container">
	<!-- 头部开始 -->
	<div class="header">
		<%@ include file="/view/srplatform/portal/include/main_header_index.jsp" %>
	</div>
	<!-- 头部结束-->
    <!--主要内容 开始-->
	<div id="sysContent" class="page">
		<div id="contentSub" class="index3pa">
			<%@ include file="/view/staticpags/load/left_cms.jsp" %>
		</div>
		<div id="contentMain" class="index3pa">
			<div id="conTitle">
				<div class="navCurrent ">

	<a href="/view/srplatform/portal/index.jsp" id="/view/srplatform/portal/index.jsp" title="首页" target="_self">首页</a>
	<a href="javascript:void(0)" id="/view/staticpags/cgxqzx/cgxqzx.jsp" title="采购焦点资讯" class="cmsHref_self">采购焦点资讯</a>
	<a href="javascript:void(0)" id="/view/staticpags/cgxqzx/ff8080812f7c8d65012f8fe721de08db.jsp" title="2011年余姚投资22亿完成16个重点交通项目" class="cmsHref_self">2011年余姚投资22亿完成16个重点交通项目</a>
		
				</div>
			</div>
 
			<div id="conBody">
				<input type="hidden"  id="channelId" value="2c9087922e6f5c1a012e6f72d3b7013c" />
				<div class="frameNews">
					<h1>2011年余姚投资22亿完成16个重点交通项目</h1>
					<div class="source">
						<span>发布时间：2011-04-26</span>
						<span>发布人：-  </span>
					</div>
					<p><p>记者在位于阳明街道康山村华家山西麓的余梁公路北延工程华家山隧道工地上看到，由中铁十五局负责施工的隧道工程洞口已经顺利开挖。自本月初进场施工以来，高7米、跨径13米的隧道洞口已经浇筑起了一个2米宽的混凝土拱圈。工地负责人告诉记者，再过半个月，洞口施工完成后，大型挖掘机械就可以进入，这里将建两个长约570米的隧道，是余梁公路北延工程的一个重要节点工程。</p>
<p>记者随后从余姚市交通局了解到，今年余姚市各项交通重点工程目前均在顺利进行之中。为加快推进区域快速交通网的形成，市交通局今年共安排了2000万元以上的重点交通项目16项，重大前期项目8项，总投资超过75亿元，今年需完成投资22亿元，是余姚市交通发展史上投资最多、任务最重的一年。其中有13个项目列入了市重点项目会战攻坚计划，交通部门正全力以赴推进工程的建设。</p>
<p>余姚大道是余姚市交通工程建设的重中之重。今年实施的61省道至329国道段全长10.9公里，需完成投资6.7亿元，项目于本月初开工，目前，沿线的泗门、朗霞、马渚、阳明等乡镇、街道正在抓紧征地拆迁工作，争取在今年年底前完成主体建设。该道路是统筹余慈地区发展的一条南北交通大动脉，建成后，将进一步完善杭州湾大桥南岸的快速交通网络，有效连接起滨海新城、泗门卫星城、余姚工业园区等重点区域，同时成为余姚市南部山区连接杭州湾大桥最便捷的通道，对区域经济发展必将产生积极的作用。</p>
<p>古乍线河姆渡段是余姚市加快姚东组团发展的一项重要交通工程。该项目总长8.8公里，总投资4.75亿元。目前除少数房屋未拆迁外，全线路基工程已经基本完成，全线13座桥梁也正在抓紧建设，年底前将全部完工。</p>
<p>余梁公路北延工程按一级公路兼顾城市道路标准设计，总投资近10亿元，目前已累计完成投资近3亿元，今年将完成投资4亿元，目前全线3个工程标段正在同步施工，其中61省道至梁周线段今年力争主体工程完工。</p>
<p>此外，浒溪线拓宽改造工程一期车岗头至大岚段路基已完成，正在进行路面基层摊铺，计划6月底完成；二期大岚至奉化段将随即跟上，目前已完成施工图设计，工程招标、征地拆迁等工作正在同步进行中，计划于明年底完成。329复线黄家埠至牟山段工程今年底也将完成。姚东组团发展中的大隐至二六市公路已基本确定线路走向，目前正在立项报批。</p>
</p>
				</div>
			</div>
		</div>
	</div>
	<!--主要内容 结束-->
	<!-- 脚开始 -->
	<div class="footer">
	    <%@ include file="/view/srplatform/portal/include/foot.jsp" %>
	</div>
	<!-- 脚结束 -->
</div>
</body>

</html>

<script>
	// 为左边栏设定选中样式,判断用于解决点击左边栏后样式被覆盖问题
	var id = $("#channelId").val();
	if(null != $('.subnav>li[id='+id+']').html()) {
		$('.subnav>li').removeClass('selected');
		$('.subnav>li[id='+id+']').addClass('selected');
	}
</script>