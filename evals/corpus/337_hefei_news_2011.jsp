<%@ page pageEncoding="UTF-8"%><%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>大合肥7项规划将启动国际招标- 阳光易购商圈新闻</title>
<c:import url="/view/srplatform/common/init.jsp">
	<c:param name="isLastLoadPage">
		true
	</c:param>
</c:import>

<!--CSS-->
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/web.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/skin07/css/seller.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/listDetail.css" />
<link type="text/css" rel="stylesheet" href="/cms/resbase/news/news.css" />
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
		<div class="container">
			<div>
				<a href='http://p.yiqifa.com/s?sid=f2a675cc80238500&pid=91872&wid=413007&vid=42567&cid=4611&lid=59952&euid=&vwid=' target='_blank'><img border='0'  width='960'  height='80'  src='http://p.yiqifa.com/image?sid=f2a675cc80238500&pid=91872&wid=413007&vid=42567&cid=4611&lid=59952&euid=&vwid=' ></a>
			</div>
			<div class="news_container">
				<div class="news_content">
					<div class="top_bar">
						<div class="news_breadcrumb">

	<a href="/view/srplatform/portal/index.jsp" id="/view/srplatform/portal/index.jsp" title="首页" target="_self">首页</a>
	<a href="javascript:void(0)" id="/view/staticpags/xinwen/xinwen.jsp" title="新闻" class="cmsHref_self">新闻</a>
	<a href="javascript:void(0)" id="/view/staticpags/zhaotoubiaozt/zhaotoubiaozt.jsp" title="招标动态" class="cmsHref_self">招标动态</a>
	<a href="javascript:void(0)" id="/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132f08d66c019ce.jsp" title="大合肥7项规划将启动国际招标" class="cmsHref_self">大合肥7项规划将启动国际招标</a>
		
						</div>
						<div class="clearfloat"></div>
					</div>
					<h1>大合肥7项规划将启动国际招标</h1>
					<div class="news_sth">
						<p class="news_source"><span class="date">2011年10月11</span><span class="news_source">来源：</span></p>
						<div class="news_share">
							<!-- JiaThis Button BEGIN -->
							<div id="ckepop">
								<span class="jiathis_txt">分享到：</span>
								<a class="jiathis_button_qzone">QQ空间</a>
								<a class="jiathis_button_tsina">新浪微博</a>
								<a class="jiathis_button_renren">人人网</a>
								<a class="jiathis_button_kaixin001">开心网</a>
								<a href="http://www.jiathis.com/share" class="jiathis jiathis_txt jiathis_separator jtico jtico_jiathis" target="_blank">更多</a>
								<a class="jiathis_counter_style"></a>
							</div>
							<script type="text/javascript" src="http://v2.jiathis.com/code/jia.js" charset="utf-8"></script>
							<!-- JiaThis Button END -->
						</div>
						<div class="clearfloat"></div>
					</div>
					<div class="news_real">
						<p class="detailPic">
							
						</p>
						<p><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 合肥的“水文章”要进一步挖掘其内涵和外延，“打包”做透；东部城区的交通要与中心城区等高对接，繁华大道东延已在研究中，BRT、轨道交通规划也在更新设计；大合肥7项规划将启动国际<a href="http://www.ebid360.com/BulletinShowController.do?method=toShowBiddingIndexView">招标</a>……10月9日，合肥市代市长张庆军用一天的时间，对肥东县进行了深入调研。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　关键词：水文章、绿文章</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　打包做透水文章</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“水文章”、“绿文章”一向是合肥发展中的两篇重头文章，随着巢湖水域全部划入合肥，更丰富了这篇文章的内容，张庆军昨天给出方向：“进一步挖掘水文章的内涵和外延。”</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“合肥所有水域、河道，还有下一步要发展的航道，都是合肥今后的发展重点。”张庆军提出设想：“可以从打通水系入手，全面实施巢湖治理、生态景观和防洪安保建设，提升水资源保障能力，综合考虑巢湖水域的航运、岸线、陆域资源的整体利用，谋划一个大的项目。”</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“这样的规划要特别注重操作性。”张庆军补充叮嘱说。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　合肥正进行“绿道梳理”</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　闲暇时，沿着水岸边、绿荫下骑自行车或散步，这样舒适、惬意的生活方式，未来的合肥人或能随处拥有。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　记者从2011年10月9日的调研座谈会上得知，目前规划局正在进行“绿道梳理”工作，将可以骑自行车、散步的沿河道、绿道进行梳理，预计未来将进行统一的规划、设计。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“目前合肥西部组团、北部组团的绿道已经梳理出来了。”合肥市规划局局长王爱华说，下一步将进行针对东部组团的生态做梳理工作。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　关键词：交通</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　需与中心城区等高对接</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“肥东的老城区与市区实际上已经融为一体，规划上一定要对接上。”对于交通的规划、建设标准，张庆军给出明确要求：“等高对接。”</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“特别是一些往东延伸的主干道，要纳入中心城区的规划考虑范围之内。”张庆军说，作为东部组团的肥东，交通等基础设施一定要纳入城市范围之内通盘考虑，“标准上一定要等高对接”。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　繁华大道将延至肥东</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　包公大道、临泉东路、长江东路改造、新安江路……针对合肥相对薄弱的东部路网，目前正在实施一系列的工程。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　昨天的调研中，记者了解到，合肥目前正在对繁华大道东延工程进行优先研究，初步设计繁华大道将并上合裕路，最后延至肥东县的循环经济园。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　往西通往肥西紫蓬山，往东将延至肥东，未来的繁华大道将真正成为一条“从肥西到肥东”的穿城要道。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　BRT、轨道交通正在更新规划</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　据了解，针对东部组团的交通互联，合肥市规划局正在进行“六横六纵”的骨干路网的规划设计。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　目前，合肥市区与肥东联系，仅通过包公大道的两路公交沟通，很多往来其中的市民都觉得公交运力不能满足出行需求。据了解，随着路网的完善，在合店路建成后，将加大运力。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　合肥市规划局透露，针对合肥的发展需求，BRT、轨道交通等公共交通规划全部都在更新完善中。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　关键词：规划</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　7大规划将全球招标</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　2011年10月9日的调研中，记者得知，在国庆期间，合肥市委市政府定下了一系列<a href="http://www.ebid360.com/BulletinShowController.do?method=toShowBiddingIndexView">招标</a>计划，预计将有环巢湖城镇布局、合肥市空间发展战略规划等7个项目进行全球<a href="http://www.ebid360.com/BulletinShowController.do?method=toShowBiddingIndexView">招标</a>。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“战略性规划编制的过程，是磨合、沟通、交流的过程，也是形成共识的过程。”针对肥东县，张庆军特别提醒要加强与巢湖市联动。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“比如环巢湖旅游规划，将对巢湖生态、保护、修复、旅游方面进行系统规划。”张庆军说，对于居于巢湖边的肥东来说，也担负着重要责任。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　发展定位有人气才有动力</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“现在合肥定下了‘三步走’的发展目标。肥东作为东部组团，毫无疑问是重要的核心区域之一。”</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　张庆军说，在合肥建设区域性特大城市的过程中，肥东应确立自身的定位，而这一规划是需要深入谋划的。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“一个地方发展的定位，是方向性、导向性的，不可能仅仅是领导层的意志，而是要形成共识。”张庆军说，定位不能是领导的一厢情愿，更要得民心、有人气。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　“发展定位一定要准确、科学，才能得到上上下下、方方面面的共鸣与支持。力量才能凝聚，方向才能更加明确。（记者：周文丽）</span></font></div> 
</p>
					</div>
					<div class="relate_news">
						<h4>相关报道</h4>
						<ul>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132f5ef735334e1.jsp" class="cmsHref_self">遂宁出台物业管理招标投标实施意见</a></li>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132f5e6476f3489.jsp" class="cmsHref_self">招投标“见光” 小项目“灵光”</a></li>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132f5dc23163422.jsp" class="cmsHref_self">原保安冒充石油公司干部伪造招标公告诈骗百万元</a></li>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132f5d22a5333a7.jsp" class="cmsHref_self">陕西华阴“三项措施”严防“工程腐败”</a></li>
								<li>·<a href="javascript:void(0);" id="/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132f0bdf9be1cbd.jsp" class="cmsHref_self">保证招投标交易活动的“一路阳光”</a></li>
						</ul>
					</div>	
			  </div>
				<div class="news_sub">
					<div class="recommend_news">
						<h2>新闻推荐</h2>
						<ul>
						</ul>
					</div>
					<div class="ad_sub">
						<a href='http://p.yiqifa.com/s?sid=5f3b87794444c0b6&pid=91872&wid=413007&vid=79776&cid=5760&lid=47282&euid=&vwid=' target='_blank'><img border='0'  width='300'  height='300'  src='http://p.yiqifa.com/image?sid=5f3b87794444c0b6&pid=91872&wid=413007&vid=79776&cid=5760&lid=47282&euid=&vwid=' ></a>
					</div>
					<div class="latest_news">
						<h2>最新新闻</h2>
						<ul>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132f5ef735334e1.jsp" class="cmsHref_self">遂宁出台物业管理招标投标实施意见</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132f5e6476f3489.jsp" class="cmsHref_self">招投标“见光” 小项目“灵光”</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132f5dc23163422.jsp" class="cmsHref_self">原保安冒充石油公司干部伪造招标公告诈骗百万元</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132f5d22a5333a7.jsp" class="cmsHref_self">陕西华阴“三项措施”严防“工程腐败”</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f5cd70db3362.jsp" class="cmsHref_self">杭甬高铁本周完成铺轨 明年6月1日前后开通运营</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f5cbda23332f.jsp" class="cmsHref_self">“节能产品惠民工程”取得明显成效——“十一五”节能减...</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/hangyeliaowang/ff80808132e20dea0132f5c9beab32dd.jsp" class="cmsHref_self">前9月全国城镇保障性安居工程开工率达98%</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5c68670329a.jsp" class="cmsHref_self">安徽淮北采购7台ipad2 称为方便领导出差办公</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5b65dd63214.jsp" class="cmsHref_self">合肥：促进科技与金融结合论坛及对接活动通过政府采购市...</a></li>
										<li>·<a href="javascript:void(0);" id="/view/staticpags/caigoudt/ff80808132e20dea0132f5b2962d31cf.jsp" class="cmsHref_self">陕西省政府采购工作座谈会日前召开</a></li>
						</ul>
					</div>
					<div class="ad_sub">
						<a href='http://p.yiqifa.com/s?sid=81feb7c80c768092&pid=91872&wid=413007&vid=71752&cid=5330&lid=38394&euid=&vwid=' target='_blank'><img border='0'  width='300'  height='300'  src='http://p.yiqifa.com/image?sid=81feb7c80c768092&pid=91872&wid=413007&vid=71752&cid=5330&lid=38394&euid=&vwid=' ></a>
					</div>
				</div><!--.news_sub-->	
			</div>
			<div>
				<a href='http://p.yiqifa.com/s?sid=d5469e947b0b9c12&pid=91872&wid=413007&vid=28260&cid=4220&lid=24755&euid=&vwid=' target='_blank'><img border='0'  width='960'  height='80'  src='http://p.yiqifa.com/image?sid=d5469e947b0b9c12&pid=91872&wid=413007&vid=28260&cid=4220&lid=24755&euid=&vwid=' ></a>
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
