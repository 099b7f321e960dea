<%@ page pageEncoding="UTF-8"%>
<%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>青岛公布十二五交通规划 建两纵两横大通道- 【阳光易购】</title>
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
	<a href="javascript:void(0)" id="/view/staticpags/cgxqzx/ff8080812f7c8d65012f8b21fecb04be.jsp" title="青岛公布十二五交通规划 建两纵两横大通道" class="cmsHref_self">青岛公布十二五交通规划 建两纵两横大通道</a>
		
				</div>
			</div>
 
			<div id="conBody">
				<input type="hidden"  id="channelId" value="2c9087922e6f5c1a012e6f72d3b7013c" />
				<div class="frameNews">
					<h1>青岛公布十二五交通规划 建两纵两横大通道</h1>
					<div class="source">
						<span>发布时间：2011-04-25</span>
						<span>发布人：-  </span>
					</div>
					<p><p>记者从青岛市交通运输委了解到，今后五年，青岛市将大力实施重点项目建设、破解交通瓶颈、完善路网布局等工程。到2015年，建成与国家（省）高速公路网相衔接、中心城区与五市驻地直接连通的高速公路网。到2015年，公路通车里程达到16869公里，其中高速公路达到792公里，一级公路达到1555公里，二级公路达到2288公里以上，公路密度达到151公里/百平方公里。</p>
<p>抓好公路重点项目建设，拓展城市发展空间，开工建设青龙高速公路。据介绍，青龙高速公路是贯穿山东半岛的南北主干线，北起龙口市，经招远、莱阳、莱西、即墨，终点接青银高速城阳南互通立交，其中青岛段主线长89公里，总投资71亿元，目前该工程已进入施工招标阶段，计划今年开工建设，2013年建成通车。同时，续建&ldquo;南隧北桥&rdquo;工程，确保海湾大桥主线、海底隧道主线今年上半年通车；加快推进&ldquo;桥隧接线&rdquo;工程，主要是海湾大桥红岛接线和胶州接线、海底隧道黄岛接线、滨海公路北段海阳大桥连线；进一步完善环湾公路主框架，加快建设双积公路双埠至红石崖段；积极推进双积公路红石崖至积米崖段。</p>
<p><strong>建设&ldquo;两纵两横&rdquo;大通道</strong></p>
<p>今后五年将重点规划建设西部&ldquo;两纵&rdquo;、北部&ldquo;两横&rdquo;大通道，完善城乡公路一体化布局。记者从市交通运输委了解到，从青岛市公路网络布局看，胶南、胶州、平度之间没有南北大通道，平度、莱西、即墨之间没有东西大通道。为提升西部和北部区域经济发展交通承载能力，规划新建、改建公路700公里。</p>
<p>其中，&ldquo;一纵&rdquo;是指西部南北大通道，北起平度灰埠镇，向南经高密、胶州、胶南大场镇接204国道，全长约165公里，其中青岛段长约140公里；另&ldquo;一纵&rdquo;是指平营高速公路，北起平度城区，南至胶州湾高速营海镇，全长约70公里。同时，规划建设威青高速南泉至红岛高速公路、平度南村至胶州营海一级公路、拓宽改建209、218省道等4条纵向公路。</p>
<p>&ldquo;一横&rdquo;是指新谭公路，西起平度新河镇，东至莱阳谭格庄镇，全长约90公里；另&ldquo;一横&rdquo;是平莱公路，西起平度白埠镇，东至莱阳团旺镇，全长约70公里。同时，改建潍坊至蓝村一级公路、拓宽省道394、603等3条横向公路。</p>
<p><strong>青岛市加快建设公路枢纽立交</strong></p>
<p>今后五年青岛市将加快城市主干道与干线公路枢纽立交建设，破解城市主要道路出入口制约瓶颈，逐步实现城乡道路有效衔接。为提升进出主城区干线公路节点衔接转换能力，今后五年市交通运输委将重点研究6个公路枢纽立交。其中包括，推进204国道与203省道枢纽立交及204国道的改线工程；建设国道204与即墨鹤山路枢纽立交；建设惜福镇枢纽立交；建设西元庄枢纽立交，将济青高速西元庄收费站外迁至与威青高速相交处，按照环湾大道的标准，实施改造双埠至西元庄公路，减轻流亭立交桥交通压力。同时，研究建设环湾区域西部和北部公路枢纽立交，预留新城区道路发展空间。</p>
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