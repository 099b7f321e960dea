<%@ page pageEncoding="UTF-8"%><%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>遂宁出台物业管理招标投标实施意见- 阳光易购商圈新闻</title>
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
	<a href="javascript:void(0)" id="/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132f5ef735334e1.jsp" title="遂宁出台物业管理招标投标实施意见" class="cmsHref_self">遂宁出台物业管理招标投标实施意见</a>
		
						</div>
						<div class="clearfloat"></div>
					</div>
					<h1>遂宁出台物业管理招标投标实施意见</h1>
					<div class="news_sth">
						<p class="news_source"><span class="date">2011年10月12</span><span class="news_source">来源：</span></p>
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
						<p><div><font face="宋体"><span style="font-size: 14px;">　 &nbsp;为引导和规范遂宁市物业管理<a href="http://www.ebid360.com/BulletinShowController.do?method=toShowBiddingIndexView">招标</a>投标活动，维护业主、物业管理<a href="http://www.ebid360.com/BulletinShowController.do?method=toShowBiddingIndexView">招标</a>投标活动当事人的合法权益，市房管局结合遂宁市实际，制定的《遂宁市物业管理<a href="http://www.ebid360.com/BulletinShowController.do?method=toShowBiddingIndexView">招标</a>投标实施意见（试行）》（以下简称《意见》）已于８月出台。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　据介绍，《意见》适用于我市行政区域内的前期、后期物业管理<a href="http://www.ebid360.com/BulletinShowController.do?method=toShowBiddingIndexView">招标</a>投标活动及监督管理，对规范物业招投标做了明确规定。物业管理<a href="http://www.ebid360.com/BulletinShowController.do?method=toShowBiddingIndexView">招标</a>投标应遵循公开、公平、公正和诚实守信的原则。招投标双方不得弄虚作假，损害双方或其他投标人的合法权益。住宅及统一物业管理区域内非住宅的建设单位，应当通过招投标的方式选聘具有相应资质的物业管理企业；提倡住宅物业以外的其他物业区域的建设单位通过<a href="http://www.ebid360.com/BulletinShowController.do?method=toShowBiddingIndexView">招标</a>投标方式，选聘具有相应资质的物业管理企业。鼓励业主、业主大会通过<a href="http://www.ebid360.com/BulletinShowController.do?method=toShowBiddingIndexView">招标</a>方式选聘具有资质的物管企业。&nbsp;</span></font></div> 
</p>
					</div>
					<div class="relate_news">
						<h4>相关报道</h4>
						<ul>
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
