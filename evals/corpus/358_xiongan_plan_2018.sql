insert into ge_policy_raw (id, crawl_url, crawl_time, index_number, title, release_office, release_number, policy_basis, wiritten_time, release_time, effect_time, content, image_url, status, html, remark) values (14, 'http://www.gov.cn/zhengce/content/2019-01/02/content_5354222.htm', '2019-02-17 15:20:42', '000014349/2018-00224', '国务院关于河北雄安新区总体规划（2018—2035年）的批复', '国务院', '国函〔2018〕159号', null, '2019-01-25 15:20:42', '2019-02-02 15:20:42', null, '<tbody> 
 <tr> 
  <td class="b12c" id="UCAP-CONTENT"><p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-family: 宋体; font-weight: bold; font-size: 18pt;">国务院关于河北雄安新区</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-family: 宋体; font-weight: bold; font-size: 18pt;">总体规划（2018—2035年）的批复</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">国函〔2018〕159号</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-align: justify; font-family: 宋体;"><br> </p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-align: justify; font-family: 宋体;">河北省人民政府、国家发展改革委：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">你们《关于呈报〈河北雄安新区总体规划（2018—2035年）〉的请示》收悉。经党中央、国务院同意，现批复如下：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">一、原则同意《河北雄安新区总体规划（2018—2035年）》（以下简称《总体规划》）。《总体规划》以习近平新时代中国特色社会主义思想为指导，深入贯彻党的十九大和十九届二中、三中全会精神，坚决落实党中央、国务院决策部署，紧紧围绕统筹推进“五位一体”总体布局和协调推进“四个全面”战略布局，切实落实新发展理念，按照高质量发展要求，牢牢把握北京非首都功能疏解集中承载地这个初心，坚持世界眼光、国际标准、中国特色、高点定位，坚持生态优先、绿色发展，坚持以人民为中心、注重保障和改善民生，坚持保护弘扬中华优秀传统文化、延续历史文脉，对于高起点规划高标准建设雄安新区、创造“雄安质量”、建设“廉洁雄安”、打造推动高质量发展的全国样板、建设现代化经济体系的新引擎具有重要意义。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">二、紧扣雄安新区战略定位。要按照高质量发展的要求，推动雄安新区与北京城市副中心形成北京新的两翼，与以2022年北京冬奥会和冬残奥会为契机推进张北地区建设形成河北两翼，促进京津冀协同发展。按照分阶段建设目标，有序推进雄安新区开发建设，实现更高水平、更有效率、更加公平、更可持续发展，建设成为绿色生态宜居新城区、创新驱动发展引领区、协调发展示范区、开放发展先行区，努力打造贯彻落实新发展理念的创新发展示范区。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">三、有序承接北京非首都功能疏解。要紧紧抓住疏解北京非首都功能这个“牛鼻子”，改革创新体制机制，建设完善基础设施，提供优质公共服务，进一步优化营商环境，积极主动对接疏解需求，科学规划功能布局，重点承接高校、科研院所、医疗机构、企业总部、金融机构、事业单位等非首都功能，促进生产要素合理有序流动，增强雄安新区内生发展动力。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">四、优化国土空间开发保护格局。要坚持以资源环境承载能力为刚性约束条件，统筹生产、生活、生态三大空间，严守生态保护红线，严格保护永久基本农田，严控城镇规模和城镇开发边界，实现多规合一，将雄安新区蓝绿空间占比稳定在70%，远景开发强度控制在30%。将淀水林田草作为一个生命共同体，形成“一淀、三带、九片、多廊”的生态空间结构。实施全域分区空间管控，通过网格化、信息化和精细化管理，强化对各类开发与保护活动的空间引导和落地管控，构建规模适度、空间有序、用地节约集约的发展新格局。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">五、打造优美自然生态环境。要践行习近平生态文明思想，坚持尊重自然、顺应自然、保护自然，开展生态保护与环境治理，建设新时代的生态文明典范城市。强化白洋淀生态整体修复和环境系统治理，建立多水源补水机制，逐步恢复淀区面积，有效治理农村面源污染，确保淀区水质达标，逐步恢复“华北之肾”功能，远景规划建设白洋淀国家公园。开展大规模植树造林，塑造高品质城区生态环境，保障区域生态安全。推动区域环境协同治理，根本改善大气环境质量，严守土壤环境安全底线，努力建设天蓝、地绿、水清的美丽雄安。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">六、推进城乡融合发展。要坚持城乡统筹、均衡发展、宜居宜业，形成“一主、五辅、多节点”的城乡空间布局。集中建设起步区，率先开发启动区，集约发展外围组团，稳步推进新型城镇化，有序引导人口、产业合理分布，分类打造特色小城镇。实施乡村振兴战略，全面建设美丽乡村，促进农村一二三产业融合发展。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">七、塑造新区风貌特色。要强化分区引导，打造蓝绿交织、清新明亮、疏密有度、城淀相映的总体景观风貌。加强城市设计，形成中华风范、淀泊风光、创新风尚的城市风貌。坚持中西合璧、以中为主、古今交融，强化规划引导和控制，细致严谨做好单体建筑设计，塑造体现中华传统经典建筑元素、彰显地域文化特色的建筑风貌，原则上不建高楼大厦，不能到处是水泥森林和玻璃幕墙。合理保护和利用雄安新区历史文化遗产。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">八、打造宜居宜业环境。要引入优质公共服务资源，高标准配套建设公共服务设施，推进共建共享，构建多层次、全覆盖、人性化的基本公共服务网络，提升雄安新区公共服务水平，实现城乡基本公共服务均等化。优先发展现代教育，高标准配置医疗卫生资源，建设公共文化服务设施，构建完善的全民健身设施网络，提供多层次公共就业服务，创新社会保障服务体系。建立多主体供给、多渠道保障、租购并举的住房制度和房地产市场平稳健康发展长效机制，严禁大规模商业房地产开发。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">九、构建现代综合交通体系。要按照网络化布局、智能化管理、一体化服务的要求，加快建立连接雄安新区与京津及周边其他城市、北京大兴国际机场之间的轨道和公路交通网络。完善雄安新区与外部连通的高速公路、干线公路网。坚持公交优先，综合布局各类城市交通设施，实现多种交通方式顺畅换乘和无缝衔接，打造便捷、安全、绿色、智能的交通系统。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">十、建设绿色低碳之城。要坚持绿色低碳循环发展，推广绿色低碳的生产生活方式和城市建设运营模式，推进资源节约和循环利用。确立水资源开发利用红线，以水定城、以水定人，实行最严格的水资源管理制度。建设海绵城市，构建集约高效可靠的供排水系统。优化能源结构，建设绿色电力供应系统和清洁环保的供热系统，推进本地可再生能源利用，严格控制碳排放。提高绿色建筑、节能相关标准，全面推动绿色建筑设计、施工和运行。构建先进的垃圾处理系统，全面推行垃圾分类，促进垃圾资源化利用。合理布局地下基础设施网络，有序利用地下空间。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">十一、建设国际一流的创新型城市。要实施创新驱动发展战略，高起点布局高端高新产业，改革创新人才发展机制，集聚国内外高端创新要素，优化雄安新区创新创业生态，建设实体经济、科技创新、现代金融、人力资源协同发展的现代产业体系。建设国际一流的科技创新平台和科技教育基础设施，引进和培育创新型企业，推动形成以企业为主体、市场为导向、产学研深度融合的技术创新体系，推进京津冀协同创新，促进军民融合创新，主动融入全球创新。强化知识产权保护及综合运用，促进科技成果转移转化。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">十二、创建数字智能之城。要坚持数字城市与现实城市同步规划、同步建设，适度超前布局智能基础设施，建设宽带、融合、安全、泛在的通信网络和智能多源感知体系，打造智能城市信息管理中枢。全方位、全流程保障智能基础设施、智能中枢和应用安全，构建城市网络安全保障体系。建立城市智能运行模式和智能治理体系，健全城市智能民生服务系统，打造具有深度学习能力、全球领先的数字智能城市。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">十三、确保城市安全运行。要牢固树立和贯彻落实总体国家安全观，以城市安全运行、灾害预防、公共安全、综合应急等体系建设为重点，构建城市安全和应急防灾体系，提升综合防灾水平，建设安全雄安。坚持以防为主、防抗救相结合，坚持常态减灾和非常态救灾相统一，科学确定雄安新区防洪、抗震、消防等安全标准，高标准设防、高质量建设。实现电力、燃气、热力等清洁能源稳定安全供应，提高能源安全保障水平。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">十四、加强规划组织实施。《总体规划》是雄安新区发展、建设、管理的基本依据，必须严格执行，任何部门和个人不得随意修改、违规变更。要切实增强政治意识、大局意识、核心意识、看齐意识，坚持大历史观，一茬接着一茬干，全力推进雄安新区规划建设，确保一张蓝图干到底。在京津冀协同发展领导小组统筹指导下，河北省委和省政府要切实履行主体责任，加强组织领导，全力推进雄安新区规划建设各项工作；建立全域覆盖、分层管理、分类指导、多规合一的规划体系，把每一寸土地都规划得清清楚楚后再开工建设；逐步建立涵盖规划、建设、发展各领域和全过程的雄安标准体系，创造“雄安质量”；《总体规划》实施中涉及的重大事项、重大政策和重大项目按规定程序报批。国家发展改革委、京津冀协同发展领导小组办公室要做好综合协调，加强对《总体规划》实施的指导、监督和检查，重大事项及时向党中央、国务院报告；各有关部门和单位以及北京市、天津市等各地区，要积极主动对接和支持雄安新区规划建设，形成推动雄安新区高质量发展的合力。</p> <p style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: right; font-family: 宋体;">国务院 &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp;&nbsp;</p> <p style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: right; font-family: 宋体;">2018年12月25日 &nbsp; &nbsp; &nbsp; &nbsp;</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">（此件公开发布）</p></td> 
 </tr> 
 <tr> 
  <td></td> 
 </tr> 
</tbody>', null, '未处理', '<div class="wrap" style=" font-family:宋体"> 
 <table width="930" border="0" cellpadding="0" cellspacing="0" style="border:1px solid #999999;margin:0 auto;margin-top:10px;"> 
  <tbody> 
   <tr> 
    <td>
     <table width="860" border="0" cellpadding="0" cellspacing="0" class="bd1" style="width:860px;margin:0 auto;margin-top:12px;"> 
      <tbody> 
       <tr> 
        <td width="70"><b>索 引 号：</b></td> 
        <td width="360">000014349/2018-00224</td> 
        <td width="70"><b>主题分类：</b></td> 
        <td width="360">城乡建设、环境保护\\城市规划</td> 
       </tr> 
       <tr> 
        <td><b>发文机关：</b></td> 
        <td>国务院</td> 
        <td><b>成文日期：</b></td> 
        <td>2018年12月25日</td> 
       </tr> 
       <tr> 
        <td><b>标　　题：</b></td> 
        <td colspan="3">国务院关于河北雄安新区总体规划（2018—2035年）的批复</td> 
       </tr> 
       <tr> 
        <td><b>发文字号：</b></td> 
        <td>国函〔2018〕159号</td> 
        <td><b>发布日期：</b></td> 
        <td>2019年01月02日</td> 
       </tr> 
      </tbody> 
     </table> 
     <table width="860" border="0" cellpadding="0" cellspacing="0" class="bd1" style="width:860px;margin:0 auto;margin-bottom:12px;"> 
      <tbody> 
       <tr> 
        <td width="70" valign="top"><b>主 题 词：</b></td> 
        <td width="351" valign="top"></td> 
        <td width="68" valign="top"></td> 
        <td valign="top"></td> 
       </tr> 
      </tbody> 
     </table></td> 
   </tr> 
  </tbody> 
 </table> 
 <br> 
 <table width="930" border="0" cellpadding="0" cellspacing="0" style="margin:0 auto;"> 
  <tbody> 
   <tr> 
    <td width="675" valign="top">
     <table width="674" border="0" cellpadding="0" cellspacing="0" style="margin:0 auto;border-right:1px solid #cacaca;"> 
      <tbody> 
       <tr> 
        <td><br> 
         <table width="650" border="0" cellpadding="0" cellspacing="0"> 
          <tbody> 
           <tr> 
            <td class="b12c" id="UCAP-CONTENT"><p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-family: 宋体; font-weight: bold; font-size: 18pt;">国务院关于河北雄安新区</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-family: 宋体; font-weight: bold; font-size: 18pt;">总体规划（2018—2035年）的批复</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">国函〔2018〕159号</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-align: justify; font-family: 宋体;"><br> </p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-align: justify; font-family: 宋体;">河北省人民政府、国家发展改革委：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">你们《关于呈报〈河北雄安新区总体规划（2018—2035年）〉的请示》收悉。经党中央、国务院同意，现批复如下：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">一、原则同意《河北雄安新区总体规划（2018—2035年）》（以下简称《总体规划》）。《总体规划》以习近平新时代中国特色社会主义思想为指导，深入贯彻党的十九大和十九届二中、三中全会精神，坚决落实党中央、国务院决策部署，紧紧围绕统筹推进“五位一体”总体布局和协调推进“四个全面”战略布局，切实落实新发展理念，按照高质量发展要求，牢牢把握北京非首都功能疏解集中承载地这个初心，坚持世界眼光、国际标准、中国特色、高点定位，坚持生态优先、绿色发展，坚持以人民为中心、注重保障和改善民生，坚持保护弘扬中华优秀传统文化、延续历史文脉，对于高起点规划高标准建设雄安新区、创造“雄安质量”、建设“廉洁雄安”、打造推动高质量发展的全国样板、建设现代化经济体系的新引擎具有重要意义。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">二、紧扣雄安新区战略定位。要按照高质量发展的要求，推动雄安新区与北京城市副中心形成北京新的两翼，与以2022年北京冬奥会和冬残奥会为契机推进张北地区建设形成河北两翼，促进京津冀协同发展。按照分阶段建设目标，有序推进雄安新区开发建设，实现更高水平、更有效率、更加公平、更可持续发展，建设成为绿色生态宜居新城区、创新驱动发展引领区、协调发展示范区、开放发展先行区，努力打造贯彻落实新发展理念的创新发展示范区。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">三、有序承接北京非首都功能疏解。要紧紧抓住疏解北京非首都功能这个“牛鼻子”，改革创新体制机制，建设完善基础设施，提供优质公共服务，进一步优化营商环境，积极主动对接疏解需求，科学规划功能布局，重点承接高校、科研院所、医疗机构、企业总部、金融机构、事业单位等非首都功能，促进生产要素合理有序流动，增强雄安新区内生发展动力。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">四、优化国土空间开发保护格局。要坚持以资源环境承载能力为刚性约束条件，统筹生产、生活、生态三大空间，严守生态保护红线，严格保护永久基本农田，严控城镇规模和城镇开发边界，实现多规合一，将雄安新区蓝绿空间占比稳定在70%，远景开发强度控制在30%。将淀水林田草作为一个生命共同体，形成“一淀、三带、九片、多廊”的生态空间结构。实施全域分区空间管控，通过网格化、信息化和精细化管理，强化对各类开发与保护活动的空间引导和落地管控，构建规模适度、空间有序、用地节约集约的发展新格局。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">五、打造优美自然生态环境。要践行习近平生态文明思想，坚持尊重自然、顺应自然、保护自然，开展生态保护与环境治理，建设新时代的生态文明典范城市。强化白洋淀生态整体修复和环境系统治理，建立多水源补水机制，逐步恢复淀区面积，有效治理农村面源污染，确保淀区水质达标，逐步恢复“华北之肾”功能，远景规划建设白洋淀国家公园。开展大规模植树造林，塑造高品质城区生态环境，保障区域生态安全。推动区域环境协同治理，根本改善大气环境质量，严守土壤环境安全底线，努力建设天蓝、地绿、水清的美丽雄安。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">六、推进城乡融合发展。要坚持城乡统筹、均衡发展、宜居宜业，形成“一主、五辅、多节点”的城乡空间布局。集中建设起步区，率先开发启动区，集约发展外围组团，稳步推进新型城镇化，有序引导人口、产业合理分布，分类打造特色小城镇。实施乡村振兴战略，全面建设美丽乡村，促进农村一二三产业融合发展。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">七、塑造新区风貌特色。要强化分区引导，打造蓝绿交织、清新明亮、疏密有度、城淀相映的总体景观风貌。加强城市设计，形成中华风范、淀泊风光、创新风尚的城市风貌。坚持中西合璧、以中为主、古今交融，强化规划引导和控制，细致严谨做好单体建筑设计，塑造体现中华传统经典建筑元素、彰显地域文化特色的建筑风貌，原则上不建高楼大厦，不能到处是水泥森林和玻璃幕墙。合理保护和利用雄安新区历史文化遗产。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">八、打造宜居宜业环境。要引入优质公共服务资源，高标准配套建设公共服务设施，推进共建共享，构建多层次、全覆盖、人性化的基本公共服务网络，提升雄安新区公共服务水平，实现城乡基本公共服务均等化。优先发展现代教育，高标准配置医疗卫生资源，建设公共文化服务设施，构建完善的全民健身设施网络，提供多层次公共就业服务，创新社会保障服务体系。建立多主体供给、多渠道保障、租购并举的住房制度和房地产市场平稳健康发展长效机制，严禁大规模商业房地产开发。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">九、构建现代综合交通体系。要按照网络化布局、智能化管理、一体化服务的要求，加快建立连接雄安新区与京津及周边其他城市、北京大兴国际机场之间的轨道和公路交通网络。完善雄安新区与外部连通的高速公路、干线公路网。坚持公交优先，综合布局各类城市交通设施，实现多种交通方式顺畅换乘和无缝衔接，打造便捷、安全、绿色、智能的交通系统。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">十、建设绿色低碳之城。要坚持绿色低碳循环发展，推广绿色低碳的生产生活方式和城市建设运营模式，推进资源节约和循环利用。确立水资源开发利用红线，以水定城、以水定人，实行最严格的水资源管理制度。建设海绵城市，构建集约高效可靠的供排水系统。优化能源结构，建设绿色电力供应系统和清洁环保的供热系统，推进本地可再生能源利用，严格控制碳排放。提高绿色建筑、节能相关标准，全面推动绿色建筑设计、施工和运行。构建先进的垃圾处理系统，全面推行垃圾分类，促进垃圾资源化利用。合理布局地下基础设施网络，有序利用地下空间。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">十一、建设国际一流的创新型城市。要实施创新驱动发展战略，高起点布局高端高新产业，改革创新人才发展机制，集聚国内外高端创新要素，优化雄安新区创新创业生态，建设实体经济、科技创新、现代金融、人力资源协同发展的现代产业体系。建设国际一流的科技创新平台和科技教育基础设施，引进和培育创新型企业，推动形成以企业为主体、市场为导向、产学研深度融合的技术创新体系，推进京津冀协同创新，促进军民融合创新，主动融入全球创新。强化知识产权保护及综合运用，促进科技成果转移转化。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">十二、创建数字智能之城。要坚持数字城市与现实城市同步规划、同步建设，适度超前布局智能基础设施，建设宽带、融合、安全、泛在的通信网络和智能多源感知体系，打造智能城市信息管理中枢。全方位、全流程保障智能基础设施、智能中枢和应用安全，构建城市网络安全保障体系。建立城市智能运行模式和智能治理体系，健全城市智能民生服务系统，打造具有深度学习能力、全球领先的数字智能城市。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">十三、确保城市安全运行。要牢固树立和贯彻落实总体国家安全观，以城市安全运行、灾害预防、公共安全、综合应急等体系建设为重点，构建城市安全和应急防灾体系，提升综合防灾水平，建设安全雄安。坚持以防为主、防抗救相结合，坚持常态减灾和非常态救灾相统一，科学确定雄安新区防洪、抗震、消防等安全标准，高标准设防、高质量建设。实现电力、燃气、热力等清洁能源稳定安全供应，提高能源安全保障水平。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">十四、加强规划组织实施。《总体规划》是雄安新区发展、建设、管理的基本依据，必须严格执行，任何部门和个人不得随意修改、违规变更。要切实增强政治意识、大局意识、核心意识、看齐意识，坚持大历史观，一茬接着一茬干，全力推进雄安新区规划建设，确保一张蓝图干到底。在京津冀协同发展领导小组统筹指导下，河北省委和省政府要切实履行主体责任，加强组织领导，全力推进雄安新区规划建设各项工作；建立全域覆盖、分层管理、分类指导、多规合一的规划体系，把每一寸土地都规划得清清楚楚后再开工建设；逐步建立涵盖规划、建设、发展各领域和全过程的雄安标准体系，创造“雄安质量”；《总体规划》实施中涉及的重大事项、重大政策和重大项目按规定程序报批。国家发展改革委、京津冀协同发展领导小组办公室要做好综合协调，加强对《总体规划》实施的指导、监督和检查，重大事项及时向党中央、国务院报告；各有关部门和单位以及北京市、天津市等各地区，要积极主动对接和支持雄安新区规划建设，形成推动雄安新区高质量发展的合力。</p> <p style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: right; font-family: 宋体;">国务院 &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp;&nbsp;</p> <p style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: right; font-family: 宋体;">2018年12月25日 &nbsp; &nbsp; &nbsp; &nbsp;</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">（此件公开发布）</p></td> 
           </tr> 
           <tr> 
            <td></td> 
           </tr> 
          </tbody> 
         </table> 
         <div id="pageBreak"></div> 
         <!--/enpcontent--> 
         <div id="div_div"> 
          <div id="qr_container" style="margin:auto; position:relative;">
           扫一扫在手机打开当前页
          </div> 
         </div> 
         <div id="pageBreak"></div> 
         <!-- 用来校验该浏览器是否支持HTML5 --> 
         <canvas id="Canvas"></canvas> 
         <table width="650" border="0" align="left" cellpadding="0" cellspacing="0" style="border-top:1px solid #333333;margin-top:18px;"> 
          <tbody> 
           <tr> 
            <td height="60" align="center"><img src="http://www.gov.cn/zhengce/130.files/sendmail.gif" width="43" height="18" style="margin-right:12px;display:none;"> <a href="/zhengce/content/2019-01/02/content_5354222.htm#" class="black" onclick="javascript:window.external.AddFavorite(document.URL,document.title);return false"><img src="http://www.gov.cn/zhengce/130.files/save.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2019-01/02/content_5354222.htm#" onclick="javascript:window.print()"><img src="http://www.gov.cn/zhengce/130.files/openpage.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2019-01/02/content_5354222.htm#" onclick="window.close()"><img src="http://www.gov.cn/zhengce/130.files/close.gif" width="70" height="18" style="margin-right:12px;"></a></td> 
           </tr> 
          </tbody> 
         </table> 
         <div style="clear:both;">
          &nbsp;
         </div> </td> 
       </tr> 
      </tbody> 
     </table></td> 
    <td valign="top">
     <table width="235" border="0" cellspacing="0" cellpadding="0" style="float:left;margin-left:20px;"> 
      <tbody> 
       <tr> 
        <td><iframe id="frame_content" name="frame_content" src="http://www.gov.cn/zhengce/2019-01/02/content_5354283.htm" width="100%" height="1150" scrolling="no" marginheight="0" frameborder="0"></iframe></td> 
       </tr> 
      </tbody> 
     </table></td> 
   </tr> 
  </tbody> 
 </table> 
 <!--二维码微信微博--> 
 <!--国务院客户端  微博微信  三个链接--> 
 <!--<div class="de_bannerS" style="position: relative;">
	<img src="/govweb/xhtml/2016gov/images/public/de_bannerS.jpg">
    <a href="http://www.gov.cn/public/yidongkehuduan.htm" target="_blank" style="position: absolute; top: 1px; left: 1px; display: block; width: 528px; height: 128px; opacity: 1; background: none;"></a>
	<a href="http://www.gov.cn/home/2014-02/18/content_5046260.htm" target="_blank" style="position: absolute; top: 1px; left: 531px; width: 360px; height: 128px; opacity: 1; background: none;"></a>
</div>--> 
 <!--营改增专题  微博微信  三个链接--> 
 <div class="de_bannerS" style=" position: relative;"> 
  <img src="/govweb/xhtml/2016gov/images/public/de_bannerS_sjh.jpg"> 
  <a href="http://www.gov.cn/public/yidongkehuduan.htm" target="_blank" style="position: absolute; top: 1px; left: 1px; display: block; width: 141px; height: 128px; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
  <a href="http://login.forum.gov.cn/html/form/suggest_wxzlsjh.html" target="_blank" style="position: absolute; top: 1px; left: 143px; width: 370px; height: 128px; opacity: 0; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
  <a href="http://www.gov.cn/home/2014-02/18/content_5046260.htm" target="_blank" style="position: absolute; top: 1px; left: 531px; width: 360px; height: 128px; opacity: 0; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
 </div> 
</div>', 'HTML');
