<%@ page pageEncoding="UTF-8"%><%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>国家发展改革委投资司韩志峰处长的讲话- 阳光易购商圈新闻</title>
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
	<a href="javascript:void(0)" id="/view/staticpags/zhaotoubiaozt/ff80808132811a910132a45ff49123bc.jsp" title="国家发展改革委投资司韩志峰处长的讲话" class="cmsHref_self">国家发展改革委投资司韩志峰处长的讲话</a>
		
						</div>
						<div class="clearfloat"></div>
					</div>
					<h1>国家发展改革委投资司韩志峰处长的讲话</h1>
					<div class="news_sth">
						<p class="news_source"><span class="date">2011年09月26</span><span class="news_source">来源：</span></p>
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
						<p><div><font face="宋体"><span style="font-size: 14px;">　 &nbsp;各位代表，同志们：</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　大家上午好。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　刚才罗司长在讲话中特别讲到，今后中央投资项目招标代理机构的资格认证在管理上会有一个转型：从以前的资格认定为主转向加强日常管理为主。下面，就如何加强日常管理，将有关情况向大家做一个介绍。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 一、加强中央投资项目招标代理机构日常管理的重要性和迫切</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　（一）是加强中央投资项目招标管理、提高中央投资项目建设质量和效益的重要手段。进行中央投资项目招标资格认定的目的，不是为了认定而认定，而是要加强中央投资项目招标活动的监管；是要把大量的、分散的、点多面广的中央投资项目的招标活动监管，转变为对数量有限的、便于监控的招标代理机构的监管。中央投资项目数量很多、分布面很广，监管的难度很大，但如果转变为对数量有限的招标代理机构的监管，则会容易很多。因此，我们就不能只搞资格认定，每年发一次资格证书，这样达不到监管目的。要保证机构获得资格后能够规范、严格地从事招标代理活动，就必须加强日常管理。所以，加强日常管理，是资格认定的核心内容和最终目的。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　（二）是开展工程建设领域专项治理、规范招标投标活动的重要内容。从去年开始，中纪委、监察部联合有关部门开展了工程建设领域突出问题专项治理活动，其中的一项重要内容，就是规范招标投标活动。而规范招标代理活动，又是规范招标投标活动的重要组成部分。中央投资项目规模大、数量多、具有标杆意义，可谓重中之重、首当其冲。所以，严格规范中央投资项目的招标代理活动，可以为规范其他招标代理活动树立榜样，起到典范作用。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　（三）是中央投资项目招标代理资格管理本身的客观需要。经过四次认定，目前已经有542家机构获得了中央投资项目招标代理资格，从数量上和分布上达到了一定规模，已经覆盖了各省、自治区、直辖市和计划单列市。到了这一阶段，就不能再盲目追求数量的扩张，而应该转向素质的提高、质量的提升。任何一个事情到了一定阶段之后，加强管理、提升自身素质，都是一项非常重要的工作。中央投资项目招标代理机构到目前为止有500多家，规模已经成型，今后对代理机构资质的管理将转向内部管理、转向自身素质的提高方面。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; 二、当前中央投资项目招标代理机构日常管理中存在的主要问题</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　（一）中央投资项目招标代理资格的社会和行业的认可程度不断提高，但仍需进一步推广和规范。中央投资项目招标代理资格从2006年开始认定，随着这几年认定工作的开展，这项资格在目前招标行业、在投资建设领域的认可程度越来越高。这在很多方面都有表现，例如有举报个别中央投资项目使用不具备中央投资项目招标代理资格的机构进行招标的，审计机关在一些中央投资项目的审计过程中，以及去年以来中纪委组织开展的4万亿项目的督促检查中，都曾提出类似问题。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　相比设立之初，资格认定的社会认可程度是不断提高的。但总的来讲，其认可程度还不够。这主要体现在两个方面：一方面，在各地之间推广的程度不均衡，有些地方要求比较严格，有些地方执行的不是很严格；另一方面，资格推广的普遍程度有待提高。即使贯彻比较好的地方，其覆盖范围也仍需要进一步推广。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　（二）一些机构遵守日常管理的意识和观念淡薄。部分机构只重视如何获得资格和资格升级，在获得资格以后，不重视甚至不愿意遵守日常管理。换句话讲，就是只想享受资格认证带来的工作上的权利及便利，而不愿意承担相应的义务和责任。这在日常工作中有很多事例能够表现出来，比如有些机构不愿意参加相关会议，不按规定报送年检材料，不按规定报送业绩，甚至连电话都不接。虽然目前这种情况有所好转，但在个别机构身上仍然很突出。任何事物都有具有其两面性，我们不能只享受这项资格带来的工作上的便利，而不愿去遵守日常管理。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　（三）与机构联系沟通的渠道和方式有待进一步丰富和完善，并提高效率。目前已经500多家机构，单纯靠打电话、发传真与机构进行联系，已经不堪重负，工作量大，效率也不高，有时候机构还有一定程度的怀疑，这也是部分机构不能及时贯彻管理要求的一个原因。因此必须改进，丰富和完善联系渠道和方式。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　（四）需加快研究如何发挥地方发展改革委在日常管理中的作用。中央投资项目招标代理机构数量日益庞大，日常管理也会越来越严格，全部依靠国家发展改革委来直接管理是不可能、不现实的。所以，必须发挥好地方发展改革委的作用。这也是今天我们邀请地方发展改革委负责中央投资项目资格管理的有关同志参加会议的重要原因。地方发展改革委在日常管理中到底需要发挥哪些作用，需要我们共同加快研究。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp; &nbsp; &nbsp;三、加强中央投资项目招标日常管理的主要措施</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp;　　（一）进一步加快资格的推广和使用</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　这是各个招标机构非常关心的内容。对此，可以从四个方面入手：</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　一是在法律、法规和政策性文件中进行明确和规定。去年国家发展改革委等九部委联合发布的《关于印发贯彻落实扩大内需促进经济增长决策部署进一步加强工程建设招标投标监管工作意见的通知》（发改法规[2009]1361号），就对资格的推广起到了非常好的作用。《招标投标法实施条例》和《政府投资条例》都已经报到国务院法制办，我们力争在这两个条例中对中央投资项目代理资格做出相应规定。此外，我们目前正在起草关于中央投资管理的两个文件，一个是《中央投资资本金注入项目管理办法》，另一个是《中央预算内直接投资项目管理办法》，这两个文件中也会对中央投资项目招标代理资格的使用提出要求。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　二是在具体工作中贯彻执行。文件上有了规定，在具体工作中还要严格执行。从发展改革部门来讲，有一些环节是可以控制的，比如在核准具体项目的招标方案时，可以对中央投资项目招标代理资格提出要求，这也是去年九部委联合文件的一个重要内容。从去年开展工程建设领域突出问题专项治理以来，国家发展改革委在审批、核准项目时，对招标项目方案的核准已经非常严格和规范。另外，在下达投资计划的时候，也可以对使用中央投资项目招标代理资格提出要求。大量的中央投资项目都是在地方，具体的管理工作要靠地方发展改革委来执行，所以各个地方发展改革委对这一问题都要高度重视。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　三是各个招标代理机构要用自身的优质服务和良好形象赢得社会认可。这是对招标代理机构的希望。因为这项工作的推行，不能只靠文件规定硬性推行，更主要的是靠所有获得中央投资项目招标代理资格的机构共同努力，用服务真正赢得社会的认可。社会真正认可这项资格认证，才是最为重要的。只有社会上形成这样一种共识，那就是具有中央投资项目招标代理资格的机构总体上来讲水平是高的、服务是好的、把关是严格的、结果是客观公正的，这项资格认证才能具有永久的生命力。要形成这种“软实力”，需要我们的每一个机构，靠每一次服务，靠一点一滴的言行，来积累、来建立。所有机构应该有团队意识，有品牌意识，切实树立起中央投资项目招标代理资格的良好社会形象，对得起我们这项资格。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　四是加强宣传，争取广泛理解。罗司长刚才重点介绍了中央投资项目招标代理资格的目的、法律依据以及定位，这是非常关键、非常重要的，大家要深刻领会和理解，尤其是要广泛宣传。宣传工作要依靠大家来进行。希望每一个机构都成为一个宣传队，机构内的每一个从业人员都成为宣传员。在招标代理活动中、在所有的日常活动中都要宣传这一资格，争取得到社会各界更广泛的认可和理解。只有大家都行动起来，才能加速资格的推广，才能尽快达到预期目的。从今年开始，《中国招标》周刊将开设中央投资项目招标工作专栏，其目的就是加强对中央投资项目代理资格的宣传和交流。周刊是招标行业唯一有全国公开发行刊号的杂志，有其独到的影响力和覆盖优势。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　（二）加强招标代理机构的日常管理</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　加强日常管理的关键，首先是各招标代理机构要真正转变观念，树立权责对等意识，自觉地去贯彻和落实日常管理的要求。在日常管理当中，我们会尽可能减少大家的负担，尽量少增加工作量，但必要的管理是必不可少的，希望各代理机构理解和配合。具体地讲，加强日常管理有5个方面的措施：</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　一是招标业绩的报送。招标业绩报送是日常管理中一项非常重要的工作。一方面它是具有法律依据的，在《招标投标法》中有明确规定；另一方面，它也是规范和加强中央投资项目招标活动管理的关键所在。通过业绩报送，我们能够及时了解和掌握中央投资项目招标工作的进展情况，给加强招标活动管理打下坚实基础。没有业绩报送，我们就无从了解中央投资项目的招投标活动，设定这项资格最基本的初衷就无法达到。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　根据这几年的情况，我们对招标业绩的报送做了相应改进，把业绩报送分成中央投资项目和非中央投资项目两大类，其中中央投资项目是报送的重点。各代理机构应如实报送所有代理的中央投资项目的招标业绩，应在中标通知书发出后15日之内及时报送。如果代理机构报送的中央投资项目业绩达不到规定要求，可以报送非中央投资项目的业绩，各机构可以根据自身情况自主选择。非中央投资项目的报送时间比较宽松，可以在项目完成后及时报送，也可以当发现业绩不够时在年底集中报送。中央和非中央投资项目业绩报送的截止时间为每年1月20日之前。业绩的报送将作为年检的重要依据，如果报送的业绩达不到规定要求，将会对代理机构的年检结果、资格延续等产生严重影响。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　二是年检工作。这是对招标代理机构随时进行监督检查，规范招标代理活动的重要手段。有几个要点，给大家强调一下。第一，年检工作的开始时间。各机构自获得招标代理资格之日起，均应参加年检工作。比如今年新获得资格的机构，从明年起就要进行年检。第二，各机构应于每年2月28日前将经过省级发展改革委初审的材料报送到国家发展改革委投资司。除有特殊情况，以后此时间将不再另行通知。第三，年检材料的报送方式进行适当调整。省级发展改革委的初审意见，直接报国家发展改革委投资司。各招标代理机构的具体年检材料，由中国招标投标协会统一接收，送达方式可以采取邮寄或直接送达。各省可以组织招标机构统一集中报送，也可以各机构自己报送。第四，在年检当中会根据需要，请某些机构当面沟通和交流，有关机构应按规定要求准时参加。第五，年检结果将作为今后资格延续和升级的重要依据。年检不合格的机构将不能进行升级。在36号令修改完成后，对年检的要求将更加严格。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　三是换证工作。资格证书的更换分为三类：一是到期证书的延续，二是机构在经营中发生重大变化的，如分立，合并及名称变化等，三是机构名称、法人或注册地址更换等。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　对每一类情况将有不同的管理方式。第一，对资格延续的情况，将统一受理、统一评审、统一公示。我们会按照36号令的要求，根据机构报送的材料、现在的情况以及年检结果等，对机构资格进行重新审核，或保留、或延续、或取消。管理是动态的，要有进有出、有升有降。第二，对于机构发生分立合并等重大变更的，在重大变更之后应及时向国家发展改革委报告有关情况，分立合并后符合原等级要求的，将会延续原来的资格，如达不到规定要求，将会降级或取消资格。第三，如果只是简单地更名或法人更换，我们将提高工作效率，在短时间内完成证书的更换。对于名称变更的机构，一定要提供工商机关名称变更的核准手续，以防止以名称变更的名义转移资格。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　四是召开有关工作会议，传达有关精神。我们准备每年召开一次管理会议，把一些管理要求及时向大家传达，便于大家贯彻执行。每年只开一次会议，不会给大家造成过多的麻烦，希望大家能够积极参加。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　五是加强系统沟通和交流，增强凝聚力。我们会根据工作需要，通过调研、座谈、培训以及国际交流等多种方式，加强我们与机构之间、我们与地方发展改革委之间、机构与机构之间的交流，加强系统的文化建设，增进相互之间的了解，增强凝聚力。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　刚才孟玮处长在讲话中提到招标投标的理论建设需要加强、水平需要提高，对这一点我非常有同感。目前招标活动面临着很多问题，这些问题如果只从招标本身看是有局限性的。我们一定要把招标工作放到社会主义市场经济体制的建设过程中，放到整个国家民主法制化进程中，放到政府行政管理职能转变的过程中去看，用政治理论、经济理论、法律理论来指导招标工作。在任何时候，理论建设都是非常重要的。没有理论的指引，就不可能做好具体工作。我们不能只埋头拉车不抬头看路。作为招标从业人员，我们身在其中，对有些问题有更切身的体会和感触，如果能够站在理论的高度上对其进行归纳、吸收、总结，会更有利于招标工作的开展。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　8月初，我参加了《中国招标》周刊在云南召开的理事会，会上表达了对《中国招标》周刊的三点愿望：更快、更高、更实。“更高”就是理论水平更高，“更实”就是可操作性更强，这两个方面不可分离。从目前情况来看，中央投资项目代理机构的整体素质比较高，尤其是甲级机构，相对实力比较强，今后可以根据工作需要，做一些课题研究工作，共同来加强招标投标的理论研究。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　（三）加强与机构的沟通和联系</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　具体来讲有两项措施：第一项，我们在招标协会的大力协助下，在协会的网站上建立了一个中央投资项目招标代理机构管理平台。这是反映中央投资项目招标管理工作动态情况的惟一窗口，是我们和大家沟通、交流的最重要平台，工作中所有的相关信息都会在这个平台上发布，包括会议通知、工作动态、资格认定结果等等。招标业绩的报送，今后也将通过这个平台进行。希望各个招标机构把这个平台当成一个“家”，“常回家看看”。要指定专人，随时关注这个平台。今后有些会议我们不再采用打电话这种方式通知，而是采取在网上发布消息的方式，大家对此要高度重视、密切关注。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　第二项，是建立联系人制度。在此次会议的文件中已经提出了要求，每个招标代理机构应报4个联系人：公司老总、分管资格管理的公司副总、资格管理部门的负责人以及具体联系人。这4位同志的手机、座机、传真和电子邮件都需要报送。报送工作通过中央投资项目招标业绩报送系统来完成。当企业内部人员发生变化时，应及时更新信息。这些信息只为工作需要使用，绝对不会对外公开。我们建立联系人制度的核心目的，就是为了与大家的沟通和联系更加畅通、迅捷，希望大家按要求及时、准确地提供信息。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　（四）充分发挥地方发展改革委在资格管理中的作用</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　从目前来讲，地方发展改革委已经承担了一些日常管理工作，比如在资格认定、年检、资格证书更换过程中，都需要地方发展改革委进行初审。今后，地方发展改革委还可以在以下三个方面发挥更好的作用：</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　一是负责资格在本地区的推广使用，比如可以通过项目招标方案核准、投资计划下达等方式进行推动；</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　二是对本地区的中央投资项目招标代理机构的日常管理要负起责任，包括规范招标代理行为等；</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　三是要负责传达有关会议精神和要求。这次会议我们把500多家获得资格的机构都请来了，但这样的会议不能总开，今后召开工作会议可能只邀请部分机构，例如只请甲级机构参加。对于乙级和预备级机构，就要请省级发展改革委来传达会议精神。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">四、关于修改36号令的初步考虑</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　2005年，国家发展改革委发布了36号令，确立了中央投资项目招标代理资格认定制度。从目前来看，这项资格认定文件已发布了5年多，客观情况发生了很大变化，需要根据情况变化、根据这几年管理工作的实践经验进行修改。修改36号令的初步设想是：</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　第一，提高门槛。从现在情况看，36号令规定的准入门槛有些低了。比如招标业绩，甲级的是每年10个亿，同时又要求甲级机构的招标从业人员不能少于50人，如果一个机构每年只做10个亿的招标代理业绩，其代理收入根本维持不了50个人的日常运转。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　第二，减轻机构申报工作量。现在大家申报的资料非常多，工作量很大，我们也在想有什么办法可以减轻大家的负担，同时又能达到严格把关的目的。比如我们初步设想，在业绩要求上，是不是可以不按照年度业绩总量来要求，而改为按照规模较大的招标项目个数来衡量。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　第三，重视日常管理，进行动态调整。现在感觉，36号令有一个较大的不足，就是对日常管理的规定过于薄弱。比如，有的机构一年一个项目都不报，按现在的规定只能是年检不合格，两年不合格才能降级。今后对这样的行为，要严格管理，加大处罚力度。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　第四，增加招标师的要求。招标师考试，是提高招标从业人员素质的一项关键制度。招标代理机构所做的工作，与咨询、监理、设计等机构的工作一样，都是中介服务，而服务质量的高低，与从业人员的水平和素质密切相关。通过招标师考试这种方式，可以衡量机构当中每个从业人员的素质和水平，也有利于促进大家加强学习，提高业务能力和服务质量。因此，为了提升中央投资项目招标代理机构的工作质量，必须把招标师资格引入管理当中。只有机构中每个人的水平提高了，机构的整体服务质量才会水涨船高。考试本身不是目的，是通过考试这种方式，帮助、促使大家加强业务学习。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">&nbsp;　　总结上面的内容，关于资格的日常管理工作，可以归纳为五个方面：</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　一个目的。通过资格认定，规范中央投资项目招标投标活动，提高中央投资项目的质量和效益，预防和减少腐败。这是我们实行这项资格认定的最根本的初衷。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　两项要求。一是要遵守招标投标管理的法律法规；二是要熟悉和遵守中央投资管理的有关规章制度和政策要求。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　三个平台。一是业绩申报的平台；二是日常管理的平台，即招标协会网站上开的专栏；三是宣传和交流的平台，指《中国招标》周刊上的专栏。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　四份文件。即《中央投资项目招标代理资格管理基本要求》、《中央投资项目招标代理业绩报送规范》、《中央投资项目招标代理资格年检有关要求》、《中央投资项目招标代理资格证书变更规定》。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　五项措施。即业绩报送、年检、资格证书更换、工作会议以及加强沟通和交流。</span></font></div><div><font face="宋体"><span style="font-size: 14px;"><br></span></font></div><div><font face="宋体"><span style="font-size: 14px;">　　今天的会议，标志着中央投资项目招标代理资格管理从资格认定为主向日常管理为主的转型。希望大家同心同德、共同努力，切实把中央投资项目招标代理机构的日常工作做好，开创中央投资项目招标管理的新局面！</span></font></div> 
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
