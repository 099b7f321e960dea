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
	<a href="javascript:void(0)" id="/view/staticpags/sqzx/ff8080812f04f7fd012f20b4b0471fe1.jsp" title="福州马尾“十二五”规划：将投资百亿元建“十大工程”" class="cmsHref_self">福州马尾“十二五”规划：将投资百亿元建“十大工程”</a>
		
 	</div>
 
 </div>
 
<div id="conBody">

   <input type="hidden"  id="channelId" value="ff8080812dd59be5012dda319fa70356" />
   <div class="frameNews">
    <h1>福州马尾“十二五”规划：将投资百亿元建“十大工程”</h1>
    <div class="subtitle"></div>
       <div class="source">
	      <span>发布时间：2011-04-04</span>
	      <span>发布人：钟巧花 阮彬彬中国招标信息网　  </span>
      </div>
      
      <p><p>　　昨日来自福州马尾区的消息，近期发布的福州市马尾区&ldquo;十二五&rdquo;规划建议指出，未来5年，马尾将高层次优化布局，开发快安、马江等&ldquo;四大组团&rdquo;，还投入100亿元建成&ldquo;十大工程&rdquo;。</p>
<p>　　马尾将高标准建设新城，投入100亿元建成&ldquo;十大工程&rdquo;，即：市政道路提升工程、快安城市综合体工程、马尾科技文化中心工程、马尾公交客运中心工程、天马山体育公园工程、船政文化创意工程、亲水绿化工程、危旧房及景观改造工程、琅岐旅游生态岛工程、企业总部建筑群工程。围绕建设国际旅游度假区的发展定位，推进琅岐全面开发建设。</p>
<p>　　快安组团着力打造高品位的沿江住宅区和滨江企业总部集聚区，构筑高新技术产业发展新高地；马江组团着力旧屋区改造提升，提高文化休闲品位，重点发展高端服务业和商贸物流产业；长安组团着力沿江岸线规划，大力发展临港工业，强化先进制造业基地支撑作用；琅岐组团着力建设国际旅游度假区，加快建成集购物、餐饮、娱乐、文化、休闲等功能为一体的大型综合旅游基地。</p>
<p>　　在构建现代综合交通体系方面，将全力配合福州市加快建设马尾大桥、东绕城高速公路琅岐段等对外快速通道，构建串联各组团的复合交通走廊。除建成马尾公交客运中心外，还将增加公交线路和班次，延长公交服务时间，争取地铁1号或2号线延伸至马尾。</p>
</p>
   </div>
   
 </div>

