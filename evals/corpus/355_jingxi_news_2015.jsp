<%@  page language="java" contentType="text/html; charset=UTF-8"
	pageEncoding="UTF-8"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>news_detail.html</title>
<link rel="Shortcut Icon" href="favicon.ico" />
<link rel="stylesheet" type="text/css"
	href="${pageContext.request.contextPath}/static/css/page.css" />
</head>
<body class="grey">
	<div class="ndBody">
		<div class="ndContent">
			<h4 class="ndTitle">“互联网+”助力靖西县旅游二次创业</h4>
			<div class="ndInfo">
				<span class="ndili">2015年12月05日   08：05</span> <span class="ndili">来源：广西新闻网-广西日报</span>
				<span class="ndili">浏览：2000+</span>次
			</div>
			<div class="ndIntro">
				<span style="font-size: 14px;"><p>&nbsp;&nbsp;&nbsp;&nbsp; “叮叮叮……”随着手机短信响起，南宁市民刘晓梅在网上平台预订的两张靖西通灵大峡谷门票“搞定”了。她通过网上推介了解到靖西的旅游资源很丰富，随后顺利在网上订到了景区门票和酒店。她开心不已：“1分钟预订，3小时自驾到靖西，太方便了！”</p>

					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;近年来，靖西县旅游市场发展保持强劲势头，得益于旅游部门积极推进旅游二次创业，通过互联网强力推介本地丰富的旅游资源和景区景点。</p>

					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;深秋时节，来自河北的苏富霖跨省来到靖西自驾游。他告诉记者，自己是偶然浏览“最佳乡村旅游目的地”网络投票榜，才知道了有“山水边城，锦绣壮乡”美誉的靖西，“我一路忍不住拍了好多照片，果然不虚此行。”</p>

					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;去年12月，百色至靖西、靖西至那坡高速公路正式开通后，南宁到靖西只需3个小时，百色到靖西仅需1个多小时，吸引了更多游客前往观光旅游，自驾到靖西景区游客数量明显增长。经车辆牌照统计分析，除北海、南宁及百色各县（区）等客源市场外，北京、广东、云南、贵州、湖南等车辆也明显增多，自驾游占游客总量近七成。而许多游客，也和苏富霖一样，是通过网络推介慕名而来的。</p>

					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;在靖西县国际绣球城土司府，壮族歌舞表演动人心弦，旅游团客人拍红了巴掌。</p>

					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;董事长何宵锋说：“这些云南来的旅游团对我们的节目和产品都非常喜爱，国庆长假期间还把展销的靖西酸嘢等抢购一空。”何宵锋介绍，目前绣球城的越南街、购物街主体建设已经完成，瓦氏夫人公园游乐场已投入营业。“由于推介有力，前几天还有一批云南知名客栈主前来考察，有些人买下整栋楼，打算将来也在靖西开连锁客栈。”</p>

					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;打开靖西旅游网，景点介绍、旅游项目、服务指南等内容琳琅满目；关注靖西县旅游发展委员会微信公众号，推送的各种旅游咨询目不暇接……靖西加强国际国内、区内区外的立体化宣传，同时与同程网、携程网、广西票务网等多家旅游网络合作广泛宣传靖西景区景点，将靖西旅游线路与德天线路、文山线路连成一线统一进行推介宣传，为靖西引来大量游客。今年前三季度，全县共接待国内外游客257.01万人次，同比增长78.5%，其中入境人数5.06万人次，同比增长26%；实现旅游综合收入23.01亿元，同比增长115%，其中门票收入3521.48万元，同比增长56.5%，全县旅游产业各项指标继续保持快速发展势头，旅游业综合效益明显提高。</p>

					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;富有成效的网络推介，带来了井喷式的客源，也带来了游客分流的压力。</p>

					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;仅10月1日至7日国庆长假期间，靖西就接待国内外游客人数25万人次，同比增长189%；门票收入854.11万元，同比增长126%；全县旅游总收入2.25亿元，同比增长174%。虽然整体旅游秩序良好，但个别景区仍然有管理不到位、接待能力不强、配套服务跟不上等问题，全县酒店平均入住率达90%以上，部分游客分流到德保、那坡。</p>

					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;靖西县旅发委副主任黄桂红说：“交通便捷和网上推介，带来了游客井喷式的增长，也考验了我们的接待能力。我们正在通过增加新景点、酒店分流游客，并加强管理，全面提升接待水平。”</p>

					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;黄桂红介绍，巴泽梯田、三叠岭瀑布、渠洋湖景区等新景区建设已初步成型并释放活力，国庆节期间三个新景区共接待游客6.16万人次，旅游经营收入达182.98万元；国有锦绣旅游开发公司拓展边关出境游业务，截至10月7日，实现组团455人，地接228人，赴出境游138人，签证236本，营业总收入近192万元；稳步推进7个3A景区7家三星农家乐及2家三星酒店等创星创A评定工作，化峒镇黑山羊农家乐、驼峰生态葡萄园申报3星级农家乐已经通过材料评审。游客林洁一家与亲戚朋友在化峒镇黑山羊农家乐烧烤、采摘葡萄，度过了一个愉快的周末，她说：“这里经常爆满，幸亏我通过网络提前一周预订下来了。”</p>

					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;为了进一步分流游客，靖西县城内的“小城故事”项目也在如火如荼进行，美食街、3A级厕所主体和内部装修建设完成，一期工程的四合院、小高层已封顶售罄，美食街有望下个月开街。工作人员说：“部分业主已与丽江客栈签订合同，将来驴友们可以在小城故事享受吃住玩购一条龙服务。”</p></span>
				<br /> <br /> <span style="font-size: 14px;">【 编辑：刘晓彤  作者：许丹婷 赵福播】</span>
			</div>
			<div class="ndBottom">
				<a
					href="javascript:window.opener=null;window.open('','_self');window.close();"
					class="ndBack">BACK</a>
			</div>
		</div>
	</div>
</body>
</html>