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
	<a href="javascript:void(0)" id="/view/staticpags/sqzx/ff8080812f588033012f66a905e704cf.jsp" title="山东十二五电力规划投资1100亿元" class="cmsHref_self">山东十二五电力规划投资1100亿元</a>
		
 	</div>
 
 </div>
 
<div id="conBody">

   <input type="hidden"  id="channelId" value="ff8080812dd59be5012dda319fa70356" />
   <div class="frameNews">
    <h1>山东十二五电力规划投资1100亿元</h1>
    <div class="subtitle"></div>
       <div class="source">
	      <span>发布时间：2011-04-18</span>
	      <span>发布人：  </span>
      </div>
      
      <p><p>4月15日，记者从山东电力集团公司获悉，日前，该公司专门出台《&lt;关于加快推进山东坚强智能电网建设战略合作协议&gt;贯彻落实意见》，围绕《战略协议》的六项重点内容，细化分解工作任务，制定了30条重点措施，全力、全面、全速推进坚强智能电网建设，力争提前一年在国家电网公司系统率先初步建成坚强智能电网。</p>
<p>&quot;十二五&quot;期间，山东电力集团公司将依托国家特高压&quot;三纵三横&quot;主网架建设，建成济南、潍坊特高压变电站和锡盟～北京东～济南～徐州～南京、陕北～晋北～石家庄～济南～潍坊特高压输电通道，建设&plusmn;800千伏呼伦贝尔～山东、&plusmn;660千伏彬长～山东直流工程，到2015年，接受外电1600万千瓦以上。</p>
<p>到&quot;十二五&quot;末，山东电网将拥有2座特高压交流变电站、3座直流换流站、46座500千伏变电站，110千伏及以上线路长度超过5.5万公里，变电容量超过3亿千伏安。山东电网以两个特高压交流落点为重要支撑，三个直流落点深入负荷中心，以覆盖全省所有地市的500千伏环网为主网架，以220千伏电网为市域电网主网架，配电网全面加强，供电能力和供电安全可靠性全面提升。</p>
<p>&quot;十二五&quot;期间，山东电力集团公司将全面加快智能变电站建设与改造，新建智能变电站408座，变电站智能化改造508座，全网智能变电站比重超过三分之一;力争用3年时间实现全省17个地市城市核心区配电自动化覆盖率达100%;建成客户用电信息采集系统，达到全覆盖、全采集，实现电网与客户友好互动;建成完备的电力通信网络和一体化信息平台;形成一体化智能电网调度体系;初步建成电动汽车智能充换电服务网络，全省充换电设施总数超过3704个，为电动汽车产业持续发展创造条件。</p>
<p>&quot;十二五&quot;期间，山东电力集团公司将依托国家特高压&quot;三纵三横&quot;主网架建设，建成济南、潍坊特高压变电站和锡盟～北京东～济南～徐州～南京、陕北～晋北～石家庄～济南～潍坊特高压输电通道，建设&plusmn;800千伏呼伦贝尔～山东、&plusmn;660千伏彬长～山东直流工程，到2015年，接受外电1600万千瓦以上。</p>
<p>到&quot;十二五&quot;末，山东电网将拥有2座特高压交流变电站、3座直流换流站、46座500千伏变电站，110千伏及以上线路长度超过5.5万公里，变电容量超过3亿千伏安。山东电网以两个特高压交流落点为重要支撑，三个直流落点深入负荷中心，以覆盖全省所有地市的500千伏环网为主网架，以220千伏电网为市域电网主网架，配电网全面加强，供电能力和供电安全可靠性全面提升。</p>
<p>&quot;十二五&quot;期间，山东电力集团公司将全面加快智能变电站建设与改造，新建智能变电站408座，变电站智能化改造508座，全网智能变电站比重超过三分之一;力争用3年时间实现全省17个地市城市核心区配电自动化覆盖率达100%;建成客户用电信息采集系统，达到全覆盖、全采集，实现电网与客户友好互动;建成完备的电力通信网络和一体化信息平台;形成一体化智能电网调度体系;初步建成电动汽车智能充换电服务网络，全省充换电设施总数超过3704个，为电动汽车产业持续发展创造条件。 <br />
&nbsp;</p>
<p>&nbsp;</p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">1</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/jujiao2011/index.jsp"><font color="#000000"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第五届）全国招投标领域年度聚焦暨中国最具竞争力招标机构评选</span></span></font></a><o:p></o:p></span></p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">2</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/jujiao2011/zt/index.jsp?table_type=slgd"><font color="#000000"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第三届）中国塑料管道行业优秀供应商评价推介</span></span></font></a><o:p></o:p></span></p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">3</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/jujiao2011/zt/index.jsp?table_type=dxdl"><font color="#ff4646"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第三届）中国电线电缆行业优秀供应商评价推介</span></span></font></a><o:p></o:p></span></p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">4</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/jujiao2011/zt/index.jsp?table_type=sbd"><font color="#000000"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第三届）中国电力设备行业优秀供应商评价推介</span></span></font></a><o:p></o:p></span></p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">5</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/hjjc/"><font color="#ff4646"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第二届）中国环境监测仪器行业优秀供应商评价推介</span></span></font></a><o:p></o:p></span></p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">6</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/jujiao2011/zt/index.jsp?table_type=dgyb"><font color="#000000"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第二届）中国电工仪表行业优秀供应商评价推介</span></span></font></a><o:p></o:p></span></p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">7</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/jujiao2011/zt/index.jsp?table_type=gyyb"><font color="#000000"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第二届）中国工业自动化行业优秀供应商评价推介</span></span></font></a><o:p></o:p></span></p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">8</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/jujiao2011/zt/index.jsp?table_type=hul"><font color="#000000"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第一届）中国护栏行业优秀供应商评价推介</span></span></font></a><o:p></o:p></span></p>
<p style="line-height: 14.25pt; background: white"><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt">9</span><span style="color: black; font-size: 9.5pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial"><font face="宋体">、</font></span><span lang="EN-US" style="font-family: Arial; color: black; font-size: 9.5pt"><a href="http://www.paihang360.com/zt/LED/"><font color="#ff4646"><span style="font-size: 9pt">2011</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">（第一届）中国</span></span><span style="font-size: 9pt">LED</span><span lang="EN-US" style="font-family: 宋体; font-size: 9pt; mso-ascii-font-family: Arial; mso-hansi-font-family: Arial"><span lang="EN-US">行业优秀供应商评价推介</span></span></font></a><o:p></o:p></span></p>
<p>&nbsp;</p>
</p>
   </div>
   
 </div>

