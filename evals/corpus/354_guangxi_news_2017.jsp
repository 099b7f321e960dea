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
			<h4 class="ndTitle">"一带一路"国际合作高峰论坛举行广西专场记者会</h4>
			<div class="ndInfo">
				<span class="ndili">2017年05月14日 08:19 </span> <span class="ndili">来源：广西新闻网-广西日报</span>
			</div>
			<div class="ndIntro">
				<span style="font-size: 14px;"><p>&nbsp;&nbsp;&nbsp;&nbsp;
						广西新闻网-广西日报北京电（记者 杨秋）备受关注的“一带一路”国际合作高峰论坛于5月14日至15日在北京举行。5月13日上午，高峰论坛新闻中心就广西参与“一带一路”建设情况举行记者会。</p>

					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;习近平总书记4月到广西视察时指出，广西有条件在“一带一路”建设中发挥更大作用，要写好新世纪海上丝路新篇章。他强调，广西要立足独特区位，释放“海”的潜力，激发“江”的活力，做足“边”的文章，全力实施开放带动战略，推进关键项目落地，夯实提升中国-东盟开放平台，构建全方位开放发展新格局。</p>

					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;“一带一路”国际合作高峰论坛广西专场记者会透露，广西是古代海上丝路最早的始发港之一，是“一带一路”有机衔接的重要门户，广西将谱写新世纪海上丝路新篇章。国家赋予广西“三大定位”，体现了广西“一湾相挽十一国，良性互动东中西”的独特区位优势。为加快实现这一定位，在沟通海上航线与亚欧大陆桥、促进多区域多领域合作中发挥作用，广西进行了积极探索，取得了初步成效。</p>

					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;目前，广西正以中国-中南半岛经济走廊、中国-东盟港口城市合作网络和中国-东盟信息港这“一廊两港”构建三大国际通道；以中国-东盟博览会、中国-东盟商务与投资峰会、要素资源配置基地和人文交流基地这“两会两基地”，打造多领域交流渠道；以跨境合作园区搭建国际产能合作平台。</p>

					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;下一步，广西将进一步发挥好、利用好得天独厚的区位优势、港口优势、沿边优势，全面提升开放型经济发展水平，为“一带一路”建设作出新的贡献。切实做好扩大“南宁渠道”的影响力，依托港口发展，畅通陆路国际大通道，加快制度创新，切实推进一批重大项目落地，继续深化人文交流等六方面工作。</p>
					
					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;自治区有关领导向中外媒体介绍了广西参与“一带一路”建设情况并答记者问。</p>
					
					<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;新华社、中国日报、中国教育电视台、中国经济周刊、澳门法治报、中国网等多家媒体记者，就广西参与“一带一路”建设面临的机遇、如何进一步发展开放型经济、促进渝桂新“南向通道”等互联互通建设、加强民间交流促进民心相通等热点领域问题踊跃提问。</p>
					
				</span> <br /> <br /> <span style="font-size: 14px;">【 编辑：李香莹  作者：杨秋】</span>
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