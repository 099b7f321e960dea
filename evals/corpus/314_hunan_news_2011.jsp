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
	<a href="javascript:void(0)" id="/view/staticpags/sqzx/ff8080812f588033012f6c6489150af7.jsp" title="湖南省计划5年投入32亿元养护高速公路" class="cmsHref_self">湖南省计划5年投入32亿元养护高速公路</a>
		
 	</div>
 
 </div>
 
<div id="conBody">

   <input type="hidden"  id="channelId" value="ff8080812dd59be5012dda319fa70356" />
   <div class="frameNews">
    <h1>湖南省计划5年投入32亿元养护高速公路</h1>
    <div class="subtitle"></div>
       <div class="source">
	      <span>发布时间：2011-04-19</span>
	      <span>发布人：陶海音 吕高安 江钻  </span>
      </div>
      
      <p><p>4月18日上午，全国干线公路养护管理检查组来到省高速公路管理局检查，标志着全省高速公路迎&ldquo;国检&rdquo;序幕正式拉开。作为交通运输部组织的最高规格全国性公路养护管理检查活动，&ldquo;国检&rdquo;每5年一次，检查的内容涵盖了公路养护、路政管理、通行费征收等公路工作的各个方面。记者从汇报会上获悉，过去5年我省高速公路投入养护经费32亿元，全力打造车畅人欢的&ldquo;两型&rdquo;高速公路。</p>
<p>&ldquo;十一五&rdquo;期间，湖南新开通10条、983公里高速公路，全省投入运营的高速公路达2386公里。过去5年，全省高速公路投入养护经费32亿元，全省高速公路总体路况水平显著提高，路面平整整洁，病害处治及时，绿化美观，安全设施齐全，边坡稳定，桥梁隧道等构造物结构完好，并于2010年6月底完成全省高速公路网编号与命名调整工作，新旧编号与命名调整过渡平稳。</p>
<p>据省交通运输厅党组成员、省高管局局长冯伟林介绍，&ldquo;十二五&rdquo;期间，湖南高速系统将继续开展科学养护与管理，力争路网整体技术状况继续维持在优良水平，路面行驶质量指数（RQI）90以上，实现绿化完好率95%以上，养护信息化率80%以上。同时，建成省级养护中心1至3个，力争将中南地区高速公路养护应急保障中心建在湖南。<br />
&nbsp;<br />
&nbsp;</p>
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

