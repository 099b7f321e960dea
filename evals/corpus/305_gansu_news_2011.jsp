<%@ page pageEncoding="UTF-8"%>
<%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>加快路网建设 甘肃十二五将开建17条高速- 【阳光易购】</title>
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
	<a href="javascript:void(0)" id="/view/staticpags/cgxqzx/ff8080812f7c8d65012f8fde0f8c088b.jsp" title="加快路网建设 甘肃十二五将开建17条高速" class="cmsHref_self">加快路网建设 甘肃十二五将开建17条高速</a>
		
				</div>
			</div>
 
			<div id="conBody">
				<input type="hidden"  id="channelId" value="2c9087922e6f5c1a012e6f72d3b7013c" />
				<div class="frameNews">
					<h1>加快路网建设 甘肃十二五将开建17条高速</h1>
					<div class="source">
						<span>发布时间：2011-04-26</span>
						<span>发布人：-  </span>
					</div>
					<p><p>&nbsp;&ldquo;十二五&rdquo;期间，甘肃将开建17条高速公路；到2015年，全省建成和在建的高速公路总里程突破5500公里；&ldquo;十二五&rdquo;末，甘肃将打通所有连接周边6省区的13条&ldquo;接头&rdquo;高速公路；今年5月底，天定高速全线贯通&hellip;&hellip;日前，记者从省交通运输厅了解到，甘肃已全面启动&ldquo;十二五&rdquo;新开工高速公路项目建设。</p>
<p><strong>目标：</strong><strong>高速公路总里程突破5500公里</strong></p>
<p>截至2010年底，全省建成和在建的高速公路总里程突破3000公里，其中高速公路通车里程达到2000公里。甘肃高速公路通车里程在全国排名第15位。&ldquo;十二五&rdquo;时期甘肃将重点推行&ldquo;122攻坚计划&rdquo;，即力争建成1圈(兰州南北绕城高速圈)，打通2条重要通道瓶颈路段(兰州至海口高速公路甘肃段、延安至九寨沟高速公路甘肃段)，连通2条重要迂回线(乌鞘岭、六盘山高速迂回线)。</p>
<p>根据规划，力争到2015年，全省建成和在建的高速公路总里程突破5500公里，其中高速公路通车里程达到3600公里以上，实现省会兰州与各市州政府驻地全部以高速公路连通。&ldquo;十二五&rdquo;末，甘肃将形成&ldquo;一横六纵&rdquo;大通道的主骨架高速路网格局，&ldquo;一横六纵&rdquo;在全省境内的关键路段将基本实现高速公路的贯通。&ldquo;一横&rdquo;是指亚欧大陆桥连霍高速公路在甘肃境内的路段。&ldquo;六纵&rdquo;分别是：延九通道、兰渝通道、兰成通道、包兰青通道、金张通道、嘉格通道。</p>
<p><strong>规划</strong>：<strong>天定高速5月底全线贯通</strong></p>
<p>记者从省交通运输厅了解到，天水至定西高速公路关子隧道将于5月底全线贯通。这可消除天定高速&ldquo;梗阻&rdquo;问题、缓解天二级公路马营梁路段的拥堵和安全隐患。年内，两条部分路段建成通车的高速公路分别是：连系甘新界的瓜州至星星峡高速公路星星峡段，预计今年11月底交验并投入运营112公里；徐家磨至古浪高速公路乌鞘岭路段，预计11月底贯通徐家磨至乌鞘岭路段100公里，明年底贯通乌鞘岭至古浪路段，使连霍高速甘肃境内路段全线贯通。</p>
<p><strong>打通与6省区的13条&ldquo;接头路&rdquo;</strong></p>
<p>甘肃分别与陕西、四川、青海、新疆、内蒙、宁夏6个省区接壤。截至目前，已打通5段。预计&ldquo;十二五&rdquo;开工建设3段，分别是，G7京新高速公路甘肃段、G7011十天高速公路徽县大石碑至天水段、G3011柳格高速公路瓜州至敦煌至当金山段。&ldquo;十二五&rdquo;末，13条接头路将全部打通。</p>
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