<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />

<script language="javascript" type="text/javascript">
$(document).ready(function(){

	var id = $("#channelId").val();
	if(null != $('.subnav>li[id='+id+']').html()) {
		$('.subnav>li').removeClass('selected');
		$('.subnav>li[id='+id+']').addClass('selected');
	}
})
</script>

 <div id="conTitle">
 	<div class="navCurrent ">
 	
	<a href="/view/srplatform/portal/index.jsp" id="/view/srplatform/portal/index.jsp" title="首页" target="_self">首页</a>
	<a href="javascript:void(0)" id="/view/smallscale/business/shangquan.jsp" title="陶朱公商圈" class="cmsHref_self">陶朱公商圈</a>
	<a href="javascript:void(0)" id="/view/staticpags/sqzx/sqzx.jsp" title="商圈资讯" class="cmsHref_self">商圈资讯</a>
	<a href="javascript:void(0)" id="/view/staticpags/sqzx/ff8080812f588033012f67ba2256068a.jsp" title="五年内贵州装备制造业产值将突破千亿元" class="cmsHref_self">五年内贵州装备制造业产值将突破千亿元</a>
		
 	</div>
 
 </div>
 
<div id="conBody">

   <input type="hidden"  id="channelId" value="ff8080812dd59be5012dda319fa70356" />
   <div class="frameNews">
    <h1>五年内贵州装备制造业产值将突破千亿元</h1>
    <div class="subtitle"></div>
       <div class="source">
	      <span>发布时间：2011-04-18</span>
	      <span>发布人：  </span>
      </div>
      
      <p><p>上世纪&ldquo;三线建设&rdquo;时期的重要基地贵州，到2015年，装备制造业总产值将突破1000亿元，年均增速23%以上，新增就业岗位20万个。</p>
<p>根据《贵州省&ldquo;十二五&rdquo;装备制造业发展规划》，&ldquo;十二五&rdquo;末，该省将基本建成西南地区具有比较优势的装备制造业基地。规划总投资600亿元以上，其中，汽车及零部件、能矿装备及工程机械、民用航空三个产业投资占总投资的69%。</p>
<p>根据&ldquo;规划&rdquo;，到2015年，贵州汽车整车将达到年产45万辆，轿车、微型客车、专用车实现改型升级，新一代重卡制造形成规模，并新增混合动力及新能源汽车。工程机械及能矿装备达到年产2.6万台套以上，工程机械、数控机床、汽车等各类零部件、基础件等产品系列升级，特色优势进一步增强，产品质量显著提升。</p>
<p>&ldquo;规划&rdquo;明确提出，将积极推进企业战略重组，重点培育一批符合市场经济发展需求、竞争力强、示范作用显著的装备制造龙头企业。到2015年，打造3家以上100亿元企业、8家以上50亿元企业和15家以上10亿元企业。</p>
<p>据介绍，国防科技工业的发展为贵州装备制造业奠定了一定基础，&ldquo;十一五&ldquo;末，装备制造业完成固定资产投资99.4亿元，基本形成飞机及零部件、汽车及零部件、工程机械及零部件、精密数控装备及功能部件、电子元器件和电力装备、铁路车辆及备件、特色装备及配套零部件等七大系列产品。</p>
<p>统计数据显示。&ldquo;十一五&rdquo;末，贵州规模以上装备制造业工业总产值、工业增加值、利税总额、出口交货值等年均增速分别为20.81%、23.4%、13.08%、34.9%。</p>
<p>&nbsp;</p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">1</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/jujiao2011/index.jsp"><font color="#ff4646"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第五届）全国招投标领域年度聚焦暨中国最具竞争力招标机构评选</span></span></font></a><o:p></o:p></span></p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">2</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/jujiao2011/zt/index.jsp?table_type=slgd"><font color="#ff4646"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第三届）中国塑料管道行业优秀供应商评价推介</span></span></font></a><o:p></o:p></span></p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">3</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/jujiao2011/zt/index.jsp?table_type=dxdl"><font color="#ff4646"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第三届）中国电线电缆行业优秀供应商评价推介</span></span></font></a><o:p></o:p></span></p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">4</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/jujiao2011/zt/index.jsp?table_type=sbd"><font color="#000000"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第三届）中国电力设备行业优秀供应商评价推介</span></span></font></a><o:p></o:p></span></p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">5</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/hjjc/"><font color="#ff4646"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第二届）中国环境监测仪器行业优秀供应商评价推介</span></span></font></a><o:p></o:p></span></p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">6</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/jujiao2011/zt/index.jsp?table_type=dgyb"><font color="#000000"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第二届）中国电工仪表行业优秀供应商评价推介</span></span></font></a><o:p></o:p></span></p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">7</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/jujiao2011/zt/index.jsp?table_type=gyyb"><font color="#000000"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第二届）中国工业自动化行业优秀供应商评价推介</span></span></font></a><o:p></o:p></span></p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">8</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/jujiao2011/zt/index.jsp?table_type=hul"><font color="#000000"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第一届）中国护栏行业优秀供应商评价推介</span></span></font></a><o:p></o:p></span></p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">9</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/LED/"><font color="#ff4646"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第一届）中国</span></span><span style="font-size: 9pt">LED</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">行业优秀供应商评价推介</span></span></font></a><o:p></o:p></span></p>
<p class="MsoNormal" style="margin: 0cm 0cm 0pt"><span lang="EN-US"><o:p><font size="3" face="Times New Roman">&nbsp;</font></o:p></span></p>
<p>&nbsp;</p>
</p>
   </div>
   
 </div>

