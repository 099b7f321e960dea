<%@ page pageEncoding="UTF-8"%>
<%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>苏州高新区投资１２０亿开展２０个重点项目- 【阳光易购】</title>
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
	<a href="javascript:void(0)" id="/view/staticpags/cgxqzx/ff8080812eec2137012eff2b2185189a.jsp" title="苏州高新区投资１２０亿开展２０个重点项目" class="cmsHref_self">苏州高新区投资１２０亿开展２０个重点项目</a>
		
				</div>
			</div>
 
			<div id="conBody">
				<input type="hidden"  id="channelId" value="2c9087922e6f5c1a012e6f72d3b7013c" />
				<div class="frameNews">
					<h1>苏州高新区投资１２０亿开展２０个重点项目</h1>
					<div class="source">
						<span>发布时间：2011-03-29</span>
						<span>发布人：-  </span>
					</div>
					<p><p>苏州高新区&ldquo;三年跨越计划&rdquo;刚刚开局，一批高科技新兴产业大项目就集中开工，为跨越发展注入了强大动力。3月25日，高新区重点工业项目开工奠基仪式在浒关开发区莱克工业园举行。三菱树脂、横滨轮胎、协鑫光伏二期等7个外资项目，合计总投资12.1亿美元；莱克电气绿能科技、中核苏阀、新协力机器等13个内资项目，合计总投资37.7亿元，全部项目总投资达到120亿元、平均投资规模达6亿元，其中超过10亿元以上的项目有5个。市委常委、副市长、高新区党工委书记周伟强，区四套班子领导出席仪式。</p>
<p>此次集中开工的20个项目涵盖了新能源、新材料、生物医学、电子信息、先进装备制造、汽车零部件等多种产业类型，分处6个镇、街道、开发区，是全区各级紧紧围绕&ldquo;争先进位&rdquo;总目标，全面实施大项目战略，突出有效投入为抓手，积极做大总量、提升质量，扎实推进&ldquo;三年跨越计划&rdquo;所取得成果的集中体现。这些项目的开工建设，为高新区实现产业新集聚、发展新跨越增添了强大动力。这批项目呈现了几大特点：</p>
<p>一是投资规模大，20个项目中有5个总投资超过10亿元，17个项目总投资超1亿元。苏州协鑫光伏科技有限公司是由协鑫集团在苏州高新区投资设立的外资独资企业，从事开发生产晶体硅片切片生产。公司的一期项目600MW于2010年顺利完成并达产，此次二期总投资达3.3亿美元，二期600MW项目投产后将形成新增年产1.62亿片硅片的生产规模，其中多晶硅片和单晶硅片各占50%，年销售额预计可达约60亿元。莱克电气绿能科技（苏州）有限公司由莱克电气投资15亿元设立，项目分三期进行，首期兴建约10万平方米厂房，主要生产吸尘器、小家电和电机产品。</p>
<p>二是科技含量高，一批项目在行业内领先。中核苏阀是中国阀门行业和核工业系统的首家上市公司，为了建立专业化的、先进的核电关键阀门生产基地，公司计划总投资2.31亿元扩大核电关键阀门生产能力，预计2011年底竣工试生产。项目建成达产后将具备包括机加工、焊接热处理、RT无损检测、装配试验、油漆、装箱发运等全流程生产能力，年产2万余台闸阀、截止阀、止回阀和隔膜阀等中高端核级阀门，预计每年可形成销售额2亿元左右。品捷电子（苏州）有限公司专业从事各类晶体管封装，是业内影响较大的封装厂家之一，为了扩大产品生产规模，公司在科技城投资9000万元扩建二期工厂，将进行大功率半导体器件的研发、生产与销售，项目预计今年年底可竣工投产，投产后预计实现年销售收入3000万元。苏州市欧陆杰电器有限公司是一家专业生产吸尘器用伸缩管的企业，为国际家电巨头飞利浦、西门子和伊莱克斯等配套生产，今年公司总投资6000万元对现有项目进行扩建，投产后公司年生产产值将达2亿元，高新厂区将建设成为国际最先进的吸尘器伸缩管生产基地。</p>
<p>三是新能源、医疗器械等新兴产业项目多。苏州市硅峰光电科技股份有限公司由赫瑞特投资管理有限公司控股投资，主要从事各种尺寸的单晶硅、多晶硅及蓝宝石材料的切割生产加工。此次开工的科技城新厂区预计今年9月投产。投产后，单晶硅、多晶硅多线切割机500台将投入生产，可实现每年70亿的销售额，公司将努力打造成中国华东地区太阳能光伏行业的领军企业。苏州柯尔医疗器械有限公司是中高端手术医疗床和LED新型手术光源等手术室整体医疗解决方案服务商，专业从事研制、开发、生产高技医疗器械产品。为满足市场需要，公司计划一期投资6600万元，主要建设手术医疗设备研发及生产基地。项目建成后，预计年产手术室医疗设备20000台、液压机械5000台。</p>
<p>作为国家级高新技术产业开发区，苏州高新区经过近20年的开发建设，已成为苏州经济重要的增长极和高新技术产业化高地。特别是近年来，苏州高新区按照市委、市政府建设&ldquo;三区三城&rdquo;的总定位，围绕&ldquo;争先进位&rdquo;总目标，积极实施&ldquo;2+3&rdquo;产业提升计划，以大项目为抓手，引进了一批对产业链延伸与完善具有引导作用的龙头型、旗舰型、科技型大项目，集聚了一批新兴产业的骨干企业，显现出较好的产业集群效应，极大地提升了苏州高新区新兴产业整体发展水平，为&ldquo;十二五&rdquo;和&ldquo;三年跨越计划&rdquo;开好局奠定了坚实的基础。当前，扩大有效投入依然是促进经济增长的主要动力，而大项目更是高新区推动转型升级、实现新跨越的主抓手。高新区将突出工业经济增长这个&ldquo;大头&rdquo;，全面加快工业在建项目进度，切实解决好项目开工、企业投产过程中遇到的实际问题，尽量缩短建设周期，尽快投产达产。<br />
&nbsp;</p>
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