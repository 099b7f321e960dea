{
        node: {
          id: 2,
          title: "长顺县贫困（深度贫困）基本情况",
          createdAt: "2019/3/15",
          author: "管理员",
          content: `<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:黑体">一、贫困情况</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:仿宋_GB2312">麻山地区是全省最典型、最贫困的深山区、石山区、高山区和少数民族聚居区之一，贫困面广、贫困程度深，被喻为最难啃的</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family: 仿宋_GB2312">硬骨头</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family: 仿宋_GB2312">。</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:仿宋_GB2312">地处麻山腹地的长顺县，全县现有</span><span style="font-size:21px">3</span><span style="font-size:21px;font-family:黑体">个贫困乡镇</span><span style="font-size:21px;font-family:仿宋_GB2312">（原睦化、代化、</span><span style="font-size: 21px;font-family: 仿宋_GB2312">交麻</span><span style="font-size:21px;font-family:仿宋_GB2312">）、</span><span style="font-size:21px">38</span><span style="font-size:21px;font-family:黑体">个贫困村</span><span style="font-size:21px;font-family:仿宋_GB2312">（</span><span style="font-size:21px">2016</span><span style="font-size:21px;font-family: 仿宋_GB2312">年</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family: 仿宋_GB2312">出列</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family: 仿宋_GB2312">广顺镇花红村，贫困村名单见附表）</span><span style="font-size:21px;font-family:仿宋_GB2312">现有贫困人口</span><span style="font-size:21px">1.24</span><span style="font-size:21px;font-family:黑体">万户</span><span style="font-size:21px">4.09</span><span style="font-size:21px;font-family:黑体">万人，</span><span style="font-size:21px;font-family:仿宋_GB2312">贫困发生率为</span><span style="font-size:21px">16.68%</span><span style="font-size:21px;font-family:仿宋_GB2312">。</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:黑体">二、脱贫目标</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:楷体_GB2312">（一）总体目标</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px">2017</span><span style="font-size:21px;font-family:黑体">年，</span><span style="font-size:21px;font-family:仿宋_GB2312">全县计划实现</span><span style="font-size:21px">0.6</span><span style="font-size:21px;font-family:仿宋_GB2312">万贫困人口脱贫，板沟村、新民村、石板村、洞口村、岩上村等</span><span style="font-size:21px">5</span><span style="font-size:21px;font-family:仿宋_GB2312">个贫困村出列，睦化、摆塘、交麻</span><span style="font-size:21px">3</span><span style="font-size:21px;font-family: 仿宋_GB2312">个贫困乡</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family: 仿宋_GB2312">减贫摘帽</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family: 仿宋_GB2312">。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px">2018</span><span style="font-size:21px;font-family:黑体">年，</span><span style="font-size:21px;font-family:仿宋_GB2312">全县计划实现</span><span style="font-size:21px">1.5</span><span style="font-size:21px;font-family:仿宋_GB2312">万</span><span style="font-size:21px;font-family:仿宋_GB2312">贫困人口脱贫</span><span style="font-size:21px;font-family:仿宋_GB2312">，尅炳村、茅山村、磨谢村、杉木村、中塘村、长坡村、麻响村、打召村、纪堵村、鼠场村、湾河村等</span><span style="font-size:21px">11</span><span style="font-size:21px;font-family:仿宋_GB2312">个贫困村出列。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:楷体_GB2312">（二）细化目标</span>
</p>
<p style=";margin-bottom:0;text-indent:0;line-height:41px">
    <span style="font-size:21px">&nbsp;&nbsp;&nbsp; <strong>&nbsp;1.</strong></span><strong><span style="font-size:21px;font-family:黑体">易地扶贫搬迁。</span></strong><span style="font-size:21px;font-family: 仿宋_GB2312">十三五</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">期间，省、州下达我县易地扶贫搬迁任务为</span><span style="font-size:21px">5086</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">20402</span><span style="font-size:21px;font-family:仿宋_GB2312">人，搬迁人口中建档立卡贫困户</span><span style="font-size:21px">4321</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">16870</span><span style="font-size:21px;font-family:仿宋_GB2312">人，占搬迁人口的</span><span style="font-size:21px">82.69%</span><span style="font-size:21px;font-family:仿宋_GB2312">，其中：整组（寨）搬迁</span><span style="font-size:21px">1783</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">7378</span><span style="font-size:21px;font-family:仿宋_GB2312">人，零星搬迁</span><span style="font-size:21px">3303</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">13024</span><span style="font-size:21px;font-family:仿宋_GB2312">人。按照</span><span style="font-size:21px">“2018</span><span style="font-size:21px;font-family:仿宋_GB2312">年全面完成搬迁任务的工作目标</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">这个时间节点，我县：</span><span style="font-size:21px"> </span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px">2016</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">计划搬迁</span><span style="font-size:21px">1297</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">7000</span><span style="font-size:21px;font-family:仿宋_GB2312">人，其中建档立卡人口</span><span style="font-size:21px">5572</span><span style="font-size:21px;font-family:仿宋_GB2312">人。</span><span style="font-size:21px;font-family:黑体">完成情况：</span><span style="font-size: 21px;font-family:仿宋_GB2312">安置点共</span><span style="font-size:21px">7</span><span style="font-size:21px;font-family:仿宋_GB2312">个，涉及全县</span><span style="font-size:21px">5</span><span style="font-size:21px;font-family:仿宋_GB2312">镇</span><span style="font-size:21px">1</span><span style="font-size:21px;font-family:仿宋_GB2312">乡</span><span style="font-size:21px">1</span><span style="font-size:21px;font-family:仿宋_GB2312">街道，完成建设安置房</span><span style="font-size:21px">1469</span><span style="font-size:21px;font-family:仿宋_GB2312">套（其中：长寨街道</span><span style="font-size:21px">204</span><span style="font-size:21px;font-family:仿宋_GB2312">套、广顺镇</span><span style="font-size:21px">400</span><span style="font-size:21px;font-family:仿宋_GB2312">套、摆所镇</span><span style="font-size:21px">127</span><span style="font-size:21px;font-family:仿宋_GB2312">套、白云山镇</span><span style="font-size:21px">160</span><span style="font-size:21px;font-family:仿宋_GB2312">套、鼓扬镇</span><span style="font-size:21px">200</span><span style="font-size:21px;font-family:仿宋_GB2312">套、代化镇</span><span style="font-size:21px">258</span><span style="font-size:21px;font-family:仿宋_GB2312">套、敦操乡</span><span style="font-size:21px">120</span><span style="font-size:21px;font-family:仿宋_GB2312">套）。完成了移民搬迁入住</span><span style="font-size:21px">1469</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">7832</span><span style="font-size:21px;font-family:仿宋_GB2312">人，完成省州下达任务</span><span style="font-size:21px">111.89%</span><span style="font-size:21px;font-family:仿宋_GB2312">。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px">2017</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">计划搬迁</span><span style="font-size:21px">2294</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">7644</span><span style="font-size:21px;font-family:仿宋_GB2312">人，其中建档立卡人口</span><span style="font-size:21px">7222</span><span style="font-size:21px;font-family:仿宋_GB2312">人），计划新建安置房</span><span style="font-size:21px">2122</span><span style="font-size:21px;font-family:仿宋_GB2312">套，共涉及安置点</span><span style="font-size:21px">3</span><span style="font-size:21px;font-family:仿宋_GB2312">个</span><span style="font-size:21px">:</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:黑体">长寨：</span><span style="font-size:21px">596</span><span style="font-size:21px;font-family:仿宋_GB2312">套</span><span style="font-size:21px">2470</span><span style="font-size:21px;font-family:仿宋_GB2312">人，总投资</span><span style="font-size:21px">1.06</span><span style="font-size:21px;font-family:仿宋_GB2312">亿元，总用地面积</span><span style="font-size:21px">25938</span><span style="font-size:21px;font-family:仿宋_GB2312">平方米，总建筑面积</span><span style="font-size:21px">39739</span><span style="font-size:21px;font-family:仿宋_GB2312">平方米；</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:黑体">广顺：</span><span style="font-size:21px">1382</span><span style="font-size:21px;font-family:仿宋_GB2312">套</span><span style="font-size:21px">4620</span><span style="font-size:21px;font-family:仿宋_GB2312">人，总投资</span><span style="font-size:21px">2.61</span><span style="font-size:21px;font-family:仿宋_GB2312">亿元，总用地面积</span><span style="font-size:21px">62819</span><span style="font-size:21px;font-family:仿宋_GB2312">平方米，总建筑面积</span><span style="font-size:21px">94943</span><span style="font-size:21px;font-family:仿宋_GB2312">平方米；</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:黑体">代化：</span><span style="font-size:21px">144</span><span style="font-size:21px;font-family:仿宋_GB2312">套</span><span style="font-size:21px">554</span><span style="font-size:21px;font-family:仿宋_GB2312">人，总投资</span><span style="font-size:21px">2997.4</span><span style="font-size:21px;font-family:仿宋_GB2312">万元，总用地面积</span><span style="font-size:21px">14055</span><span style="font-size:21px;font-family:仿宋_GB2312">平方米，总建筑面积</span><span style="font-size:21px">11076</span><span style="font-size:21px;font-family:仿宋_GB2312">平方米。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px">2018</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">计划搬迁</span><span style="font-size:21px">1495</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">5758</span><span style="font-size:21px;font-family:仿宋_GB2312">人，其中贫困人口</span><span style="font-size:21px">4076</span><span style="font-size:21px;font-family:仿宋_GB2312">人。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px">2.“</span></strong><strong><span style="font-size:21px;font-family:黑体">组组通</span></strong><strong><span style="font-size:21px">”</span></strong><strong><span style="font-size:21px;font-family:黑体">公路。</span></strong><span style="font-size: 21px;font-family:仿宋_GB2312">我县</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">组组通</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">公路三年计划总任务</span><span style="font-size:21px">1355.9</span><span style="font-size:21px;font-family:仿宋_GB2312">公里，总投资</span><span style="font-size:21px">8.14</span><span style="font-size:21px;font-family:仿宋_GB2312">亿元。要求：</span><span style="font-size:21px">30</span><span style="font-size: 21px;font-family:仿宋_GB2312">户以上村民组通组公路路基宽度不得小于</span><span style="font-size:21px">4.5</span><span style="font-size: 21px;font-family:仿宋_GB2312">米、路面宽度不得小于</span><span style="font-size:21px">3.5</span><span style="font-size:21px;font-family: 仿宋_GB2312">米</span><span style="font-size:21px">,</span><span style="font-size:21px;font-family:仿宋_GB2312">水泥路面厚度不得小于</span><span style="font-size:21px">15</span><span style="font-size:21px;font-family: 仿宋_GB2312">厘米</span><span style="font-size:21px">,</span><span style="font-size:21px;font-family:仿宋_GB2312">沥青路面厚度不得小于</span><span style="font-size:21px">4</span><span style="font-size:21px;font-family: 仿宋_GB2312">厘米，错车道每公里不得少于</span><span style="font-size: 21px">3</span><span style="font-size:21px;font-family:仿宋_GB2312">处。</span>
</p>
<p style="text-indent:43px;line-height:41px;text-autospace:none;vertical-align:middle">
    <span style="font-size: 21px">2017</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">实施通组公路硬化</span><span style="font-size:21px">265.41</span><span style="font-size:21px;font-family: 仿宋_GB2312">公里，总计投资</span><span style="font-size:21px">1.5925</span><span style="font-size:21px;font-family: 仿宋_GB2312">亿元，实现</span><span style="font-size:21px">133</span><span style="font-size:21px;font-family:仿宋_GB2312">个村民组通硬化路目标。</span><span style="font-size:21px;font-family:仿宋_GB2312">按照</span><span style="font-size:21px">9</span><span style="font-size:21px;font-family:仿宋_GB2312">月底前，完成</span><span style="font-size:21px">25%</span><span style="font-size:21px;font-family:仿宋_GB2312">以上，</span><span style="font-size:21px">10</span><span style="font-size:21px;font-family:仿宋_GB2312">月底前，完成</span><span style="font-size:21px">50%</span><span style="font-size:21px;font-family:仿宋_GB2312">以上，</span><span style="font-size:21px">11</span><span style="font-size:21px;font-family:仿宋_GB2312">月底前，完成</span><span style="font-size:21px">75%</span><span style="font-size:21px;font-family:仿宋_GB2312">以上的进度要求，确保年底全部完工使用。</span>
</p>
<p style="text-indent:43px;line-height:41px;text-autospace:none;vertical-align:middle">
    <span style="font-size: 21px">2018</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">实施通组公路硬化</span><span style="font-size:21px">800</span><span style="font-size:21px;font-family:仿宋_GB2312">公里，总计投资</span><span style="font-size:21px">4.8</span><span style="font-size:21px;font-family:仿宋_GB2312">亿元，实现</span><span style="font-size:21px">461</span><span style="font-size:21px;font-family:仿宋_GB2312">个村民组通硬化路目标。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px">2019</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">实施通组公路硬化</span><span style="font-size:21px">290.49</span><span style="font-size:21px;font-family:仿宋_GB2312">公里，总计投资</span><span style="font-size:21px">1.74</span><span style="font-size:21px;font-family:仿宋_GB2312">亿元，实现</span><span style="font-size:21px">170</span><span style="font-size:21px;font-family:仿宋_GB2312">个村民组通硬化路，</span><span style="font-size:21px;font-family:仿宋_GB2312">并实现全县</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">组组通</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">公路目标。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px">3.</span></strong><strong><span style="font-size:21px;font-family:黑体">扶贫产业</span></strong>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:仿宋_GB2312">着力抓好以天农公司为引领，按照</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">公司</span><span style="font-size:21px">+</span><span style="font-size:21px;font-family:仿宋_GB2312">农户</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">模式，示范带动以长顺绿壳蛋鸡为主的禽类产业发展，</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px">2017</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">绿壳蛋鸡总存栏数达到</span><span style="font-size:21px">1000</span><span style="font-size:21px;font-family:仿宋_GB2312">万羽，带动</span><span style="font-size:21px">1000</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">4200</span><span style="font-size:21px;font-family:仿宋_GB2312">人脱贫；</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px">2018</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">绿壳蛋鸡总存栏数达到</span><span style="font-size:21px">2000</span><span style="font-size:21px;font-family:仿宋_GB2312">万羽，带动</span><span style="font-size:21px">2000</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">8500</span><span style="font-size:21px;font-family:仿宋_GB2312">人脱贫；</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px">2019</span><span style="font-size:21px;font-family:黑体">年：</span><span style="font-size:21px;font-family:仿宋_GB2312">绿壳蛋鸡总存栏数达到</span><span style="font-size:21px">3000</span><span style="font-size:21px;font-family:仿宋_GB2312">万羽，带动</span><span style="font-size:21px">3000</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">11000</span><span style="font-size:21px;font-family:仿宋_GB2312">人脱贫；</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:仿宋_GB2312">同时，到</span><span style="font-size:21px">2019</span><span style="font-size:21px;font-family:仿宋_GB2312">年肉鸭存栏</span><span style="font-size:21px">500</span><span style="font-size:21px;font-family:仿宋_GB2312">万羽；着力建设以广顺镇为主的贵阳优质蔬菜保供基地，建成</span><span style="font-size:21px">500</span><span style="font-size:21px;font-family:仿宋_GB2312">亩规模以上蔬菜基地</span><span style="font-size:21px">24</span><span style="font-size:21px;font-family:仿宋_GB2312">个；着力建设加快发展以刺梨为主导的中药材产业，建成以金银花为主的</span><span style="font-size:21px">3000</span><span style="font-size:21px;font-family: 仿宋_GB2312">亩的全省大健康产业发展基地，到</span><span style="font-size:21px">2019</span><span style="font-size:21px;font-family: 仿宋_GB2312">年底新增发展中药材</span><span style="font-size:21px">13300</span><span style="font-size:21px;font-family:仿宋_GB2312">亩，</span><span style="font-size:21px;font-family:仿宋_GB2312">发展刺梨种植面积达到</span><span style="font-size:21px">9.5</span><span style="font-size:21px;font-family:仿宋_GB2312">万亩；着力发展苹果种植</span><span style="font-size:21px">8</span><span style="font-size:21px;font-family:仿宋_GB2312">万亩，葡萄种植</span><span style="font-size:21px">4.5</span><span style="font-size:21px;font-family:仿宋_GB2312">万亩等。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px">4.</span></strong><strong><span style="font-size:21px;font-family:黑体">危房改造。</span></strong><span style="font-size:21px">2017</span><span style="font-size:21px;font-family: 仿宋_GB2312">年，完成农村危房改造</span><span style="font-size:21px">2144</span><span style="font-size:21px;font-family: 仿宋_GB2312">户。</span><span style="font-size:21px">2018</span><span style="font-size:21px;font-family: 仿宋_GB2312">年，完成农村危房改造</span><span style="font-size:21px">1598</span><span style="font-size:21px;font-family: 仿宋_GB2312">户。针对</span><span style="font-size:21px">4</span><span style="font-size:21px;font-family:仿宋_GB2312">类重点危房对象按照一级补助</span><span style="font-size:21px">3.5</span><span style="font-size:21px;font-family:仿宋_GB2312">万元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">户，二级补助</span><span style="font-size:21px">1.5</span><span style="font-size:21px;font-family:仿宋_GB2312">万元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">户，三级补助</span><span style="font-size:21px">1</span><span style="font-size:21px;font-family:仿宋_GB2312">万元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">户。其他危房户一级补助</span><span style="font-size:21px">5000</span><span style="font-size:21px;font-family: 仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">户，二级补助</span><span style="font-size:21px">3000</span><span style="font-size:21px;font-family: 仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">户，三级补助</span><span style="font-size:21px">2000</span><span style="font-size:21px;font-family: 仿宋_GB2312">元</span><span style="font-size:21px">/</span><span style="font-size:21px;font-family:仿宋_GB2312">户。</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px">5.</span></strong><strong><span style="font-size:21px;font-family:黑体">医疗扶贫。</span></strong><span style="font-size:21px;font-family:黑体">一是</span><span style="font-size:21px;font-family:仿宋_GB2312">降低贫困群众看病的负担。扩大报销范围，将</span><span style="font-size:21px">19</span><span style="font-size:21px;font-family:仿宋_GB2312">项残疾人医疗康复项目和远程医疗收费全部纳入基本医保，将</span><span style="font-size:21px">41</span><span style="font-size:21px;font-family:仿宋_GB2312">种慢病门诊费用纳入大病保险。提高补偿比例，全县建档立卡贫困人口新农合门诊、住院报销比例提高</span><span style="font-size:21px">5%</span><span style="font-size:21px;font-family:仿宋_GB2312">，乡村两级普通门诊报销比例提高到</span><span style="font-size:21px">90%</span><span style="font-size:21px;font-family:仿宋_GB2312">以上。提高大病保险赔付比，大病保险补偿比例提高到</span><span style="font-size:21px">60%</span><span style="font-size:21px;font-family:仿宋_GB2312">以上；对慢性病患者开展基本医保</span><span style="font-size:21px">+</span><span style="font-size:21px;font-family:仿宋_GB2312">大病保险</span><span style="font-size:21px">+</span><span style="font-size:21px;font-family:仿宋_GB2312">民政医疗救助（计生扶助）</span><span style="font-size:21px">+</span><span style="font-size:21px;font-family:仿宋_GB2312">精准医疗救助</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">四重保障</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">报销比达</span><span style="font-size:21px">90%</span><span style="font-size:21px;font-family:仿宋_GB2312">以上。</span><span style="font-size:21px;font-family:黑体">二是</span><span style="font-size:21px;font-family:仿宋_GB2312">提升医疗卫生服务质量。在</span><span style="font-size:21px">2017</span><span style="font-size:21px;font-family:仿宋_GB2312">年实现本专科层次农村订单定向免费培养医学生</span><span style="font-size:21px">14</span><span style="font-size:21px;font-family:仿宋_GB2312">人以上；分批安排贫困村乡村医生</span><span style="font-size:21px;font-family:仿宋_GB2312">组织</span><span style="font-size:21px;font-family:仿宋_GB2312">开展</span><span style="font-size:21px">4</span><span style="font-size:21px;font-family:仿宋_GB2312">期</span><span style="font-size:21px;font-family:仿宋_GB2312">以上</span><span style="font-size:21px;font-family:仿宋_GB2312">医疗质量培训班</span><span style="font-size:21px;font-family:仿宋_GB2312">；</span><span style="font-size:21px;font-family:仿宋_GB2312">每年组织不少于</span><span style="font-size:21px">10</span><span style="font-size:21px;font-family:仿宋_GB2312">名县级人才到乡镇服务</span><span style="font-size:21px">1</span><span style="font-size:21px;font-family:仿宋_GB2312">年以上。</span><span style="font-size:21px;font-family:黑体">三是</span><span style="font-size:21px;font-family:仿宋_GB2312">完善医疗卫生体系建设。着力推进乡镇卫生院设备采购、</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">五室</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">建设，</span><span style="font-size:21px">2019</span><span style="font-size:21px;font-family:仿宋_GB2312">年</span><span style="font-size:21px">50%</span><span style="font-size:21px;font-family:仿宋_GB2312">中心乡镇卫生院达到二级综合医院标准。</span><span style="font-size:21px;font-family:黑体">四是</span><span style="font-size:21px;font-family:仿宋_GB2312">全面</span><span style="font-size:21px;font-family:仿宋_GB2312">提升公共卫生水平</span><span style="font-size:21px;font-family:仿宋_GB2312">。</span><span style="font-size:21px;font-family:仿宋_GB2312">加强重点传染病、多发病、流行病预防控制</span><span style="font-size:21px;font-family:仿宋_GB2312">，</span><span style="font-size:21px;font-family: 仿宋_GB2312">全面铺开免费孕前优生健康检查，实现贫困户孕前检查、</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">两癌</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">筛查覆盖率达</span><span style="font-size:21px">100%</span><span style="font-size:21px;font-family:仿宋_GB2312">。</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px">6.</span></strong><strong><span style="font-size:21px;font-family:黑体">旅游扶贫。</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">通过景区带动旅游扶贫工程、乡村旅游扶贫工程、引导贫困户进行特色旅游商品开发和销售、</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">旅游</span><span style="font-size:21px">+”</span><span style="font-size:21px;font-family:仿宋_GB2312">多产业融合发展扶贫工程、实施旅游结对帮扶工程、实施旅游标准化建设工程、旅游教育培训扶贫工程等建设，带动贫困人口就近就地就业，实现增收脱贫。</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px">7.</span></strong><strong><span style="font-size:21px;font-family:黑体">电商扶贫。</span></strong><span style="font-size:21px;font-family:黑体">一是</span><span style="font-size:21px;font-family:仿宋_GB2312">加快贫困地区电商服务网点建设，</span><span style="font-size:21px">2018</span><span style="font-size:21px;font-family:仿宋_GB2312">年实现贫困村电商服务站全覆盖，</span><span style="font-size:21px">2020</span><span style="font-size:21px;font-family:仿宋_GB2312">年全县每个行政村至少建设一个电子商务服务站（点）。</span><span style="font-size:21px;font-family:黑体">二是</span><span style="font-size:21px;font-family:仿宋_GB2312">在现有苏宁易购、贵农网等平台的基础上，积极引进与阿里巴巴、京东、电商云等知名电商平台入驻长顺。</span><span style="font-size:21px;font-family:黑体">三是</span><span style="font-size:21px;font-family:仿宋_GB2312">大力实施人才培训工程，创建电商扶贫人才培训和实践基地。</span><span style="font-size:21px;font-family:黑体">四是</span><span style="font-size:21px;font-family:仿宋_GB2312">将电商扶贫纳入扶贫小额信贷支持范围，对开办网店、从事网货生产销售的贫困户和带动贫困户生产销售的企业、给予免抵押、免担保、</span><span style="font-size:21px">5</span><span style="font-size:21px;font-family:仿宋_GB2312">万元以下、三年以内的小额信贷支持</span><span style="font-size:21px;font-family:仿宋_GB2312">。</span>
</p>
<p style=";margin-bottom:0;text-indent:43px;line-height:41px">
    <span style="font-size:21px;font-family:黑体">三、深度贫困情况</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px;font-family:楷体_GB2312">（一）极贫乡镇：</span></strong><strong><span style="font-size:21px">1</span></strong><strong><span style="font-size:21px;font-family:楷体_GB2312">个</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">（代化镇，目前建档立卡贫困户</span><span style="font-size:21px">1898</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">7683</span><span style="font-size:21px;font-family:仿宋_GB2312">人，贫困发生率</span><span style="font-size:21px">29%</span><span style="font-size:21px;font-family:仿宋_GB2312">，</span><span style="font-size:21px">2017</span><span style="font-size:21px;font-family:仿宋_GB2312">年计划脱贫</span><span style="font-size:21px">453</span><span style="font-size:21px;font-family:仿宋_GB2312">户</span><span style="font-size:21px">1884</span><span style="font-size:21px;font-family:仿宋_GB2312">人，原睦化乡</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">减贫摘帽</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">，力争朱场、打朝两个贫困村出列）</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px;font-family:楷体_GB2312">（二）深度贫困村：</span></strong><strong><span style="font-size:21px">24</span></strong><strong><span style="font-size:21px;font-family:楷体_GB2312">个（具体情况见附表）</span></strong>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px">1.</span><span style="font-size:21px;font-family:仿宋_GB2312">长寨街道</span><span style="font-size:21px">4</span><span style="font-size:21px;font-family:仿宋_GB2312">个：磨油村、杉木村、牛坡村、</span> <span style="font-size:21px;font-family:仿宋_GB2312">长江村；</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px">2.</span><span style="font-size:21px;font-family:仿宋_GB2312">广顺镇</span><span style="font-size:21px">2</span><span style="font-size:21px;font-family:仿宋_GB2312">个：鼠场村、湾河村；</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px">3.</span><span style="font-size:21px;font-family:仿宋_GB2312">摆所镇</span><span style="font-size:21px">4</span><span style="font-size:21px;font-family:仿宋_GB2312">个</span> <span style="font-size:21px;font-family:仿宋_GB2312">：城伍村、热水村、茅山村、翁拉村；</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px">4.</span><span style="font-size:21px;font-family:仿宋_GB2312">鼓扬镇</span><span style="font-size:21px">5</span><span style="font-size:21px;font-family:仿宋_GB2312">个：纪堵村、长易村、交麻村、翁落村、新关村；</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px">5.</span><span style="font-size:21px;font-family:仿宋_GB2312">代化镇</span><span style="font-size:21px">5</span><span style="font-size:21px;font-family:仿宋_GB2312">个：斗篷冲村、麻响村、纳傍村、朱场村、斗省村；</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px">6.</span><span style="font-size:21px;font-family:仿宋_GB2312">白云山镇</span><span style="font-size:21px">1</span><span style="font-size:21px;font-family:仿宋_GB2312">个：烂山村；</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <span style="font-size:21px">7.</span><span style="font-size:21px;font-family:仿宋_GB2312">敦操乡</span><span style="font-size:21px">3</span><span style="font-size:21px;font-family:仿宋_GB2312">个：打召村、斗麻村、敦操村。</span>
</p>
<p style="text-indent:43px;line-height:41px">
    <strong><span style="font-size:21px;font-family:楷体_GB2312">（三）深度贫困人口</span></strong>
</p>
<p style="text-indent: 55px;line-height: 41px">
    <span style="font-size:21px">6303</span><span style="font-size:21px;font-family:仿宋_GB2312">户，</span><span style="font-size:21px">25039</span><span style="font-size:21px;font-family:仿宋_GB2312">人（其中代化</span><span style="font-size:21px">1905</span><span style="font-size:21px;font-family:仿宋_GB2312">户，</span><span style="font-size:21px">7711</span><span style="font-size:21px;font-family:仿宋_GB2312">人）</span>
</p>
<p>
    <span style="font-size:21px;font-family:&#39;Times New Roman&#39;,serif"><br/> </span>
</p>
<p style="text-align:center">
    <span style="font-size: 24px;font-family: 方正小标宋简体">长顺县</span><span style="font-size: 24px">2017-2019</span><span style="font-size: 24px;font-family: 方正小标宋简体">年出列村基本情况</span>
</p>
<p>
    <strong> </strong>
</p>
<table>
    <tbody>
        <tr style=";height:28px" class="firstRow">
            <td width="69" rowspan="2" style="border-width: 1px; border-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">出列年度</span>
                </p>
            </td>
            <td width="76" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">乡镇</span>
                </p>
            </td>
            <td width="132" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">贫困村</span>
                </p>
            </td>
            <td width="93" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style=";font-family:   黑体">总人口数</span>
                </p>
            </td>
            <td width="109" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">贫困人口</span>
                </p>
            </td>
            <td width="114" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">贫困发生率</span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:23px">
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="69" rowspan="5" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px">2017<br/> &nbsp; </span><span style="font-size:16px;font-family:方正小标宋简体">（</span><span style="font-size:16px">5</span><span style="font-size:   16px;font-family:方正小标宋简体">个）</span>
                </p>
            </td>
            <td width="76" rowspan="2" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">长寨街道</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">板沟村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">3180</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1050</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">33.02 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">新民村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1792</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">259</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">14.45 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="76" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">鼓扬镇</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">岩上村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2913</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">584</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">20.05 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="76" rowspan="2" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">广顺镇</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">石板村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">3678</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">733</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">19.93 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">洞口村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">4125</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">501</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">12.15 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="69" rowspan="22" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px">2018<br/> &nbsp; </span><span style="font-size:16px;font-family:方正小标宋简体">（</span><span style="font-size:16px">22</span><span style="font-size:   16px;font-family:方正小标宋简体">个）</span>
                </p>
            </td>
            <td width="76" rowspan="10" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">长寨街道</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">雷坝村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">4226</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">853</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">20.18 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">长江村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1122</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">488</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">43.49 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">中堂村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2671</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">517</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">19.36 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">磨谢村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1645</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">248</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">15.08 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">磨油村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1341</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">324</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">24.16 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">杉木村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1395</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">373</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">26.74 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">生联村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2265</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">450</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">19.87 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">上洪村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2439</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">242</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">9.92 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">长坡村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1988</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">431</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">21.68 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">牛坡村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">861</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">353</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">41.00 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="76" rowspan="2" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">广顺镇</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">鼠场村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2289</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">614</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">26.82 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">湾河村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2971</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">643</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">21.64 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="76" style="border-top: none; border-bottom: none; border-left: none; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">白云山</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">金山村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2836</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">912</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">32.16 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="76" rowspan="4" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">摆所镇</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">城伍村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">3384</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1326</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">39.18 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">五星村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">4382</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">606</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">13.83 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">热水村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">4767</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1103</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">23.14 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">克炳村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">3603</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">920</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">25.53 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="76" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">鼓扬镇</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">纪堵村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1805</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">752</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">41.66 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="76" rowspan="3" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">代化镇</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">朱场村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2331</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">757</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">32.48 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">纳傍村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1763</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">690</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">39.14 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:25px">
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">打朝村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">4381</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">813</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">18.56 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:26px">
            <td width="76" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">敦操乡</span>
                </p>
            </td>
            <td width="132" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">敦操村</span>
                </p>
            </td>
            <td width="93" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">4963</span>
                </p>
            </td>
            <td width="109" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1526</span>
                </p>
            </td>
            <td width="114" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">30.75 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
    </tbody>
</table>
<p>
    <span style="font-size:21px;font-family:&#39;Times New Roman&#39;,serif"><br/> </span>
</p>
<p style="text-align:center">
    <span style="font-size: 24px;font-family: 方正小标宋简体">长顺县</span><span style="font-size: 24px">2017-2019</span><span style="font-size: 24px;font-family: 方正小标宋简体">年出列村基本情况</span>
</p>
<p>
    <strong> </strong>
</p>
<table>
    <tbody>
        <tr style=";height:41px" class="firstRow">
            <td width="69" rowspan="2" style="border-width: 1px; border-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">出列年度</span>
                </p>
            </td>
            <td width="75" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">乡镇</span>
                </p>
            </td>
            <td width="131" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">贫困村</span>
                </p>
            </td>
            <td width="92" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style=";font-family:   黑体">总人口数</span>
                </p>
            </td>
            <td width="108" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">贫困人口</span>
                </p>
            </td>
            <td width="75" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">贫困发生率</span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:33px">
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="69" rowspan="11" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px">2019<br/> &nbsp; </span><span style="font-size:16px;font-family:方正小标宋简体">（</span><span style="font-size:16px">11</span><span style="font-size:   16px;font-family:方正小标宋简体">个）</span>
                </p>
            </td>
            <td width="75" rowspan="2" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">摆所镇</span>
                </p>
            </td>
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">茅山村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2929</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">792</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">27.04 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">翁拉村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1419</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">895</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">63.07 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="75" rowspan="4" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">鼓扬镇</span>
                </p>
            </td>
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">长易村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">932</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">350</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">37.55 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">交麻村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2585</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">771</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">29.83 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">翁落村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">782</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">425</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">54.35 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">新关村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1353</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">457</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">33.78 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="75" rowspan="3" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">代化镇</span>
                </p>
            </td>
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">斗省村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">3850</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1697</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">44.08 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">斗蓬冲村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1758</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">713</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">40.56 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">麻响村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">2664</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">778</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">29.20 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:36px">
            <td width="75" rowspan="2" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">敦操乡</span>
                </p>
            </td>
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">打召村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">4129</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">704</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">17.05 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
        <tr style=";height:37px">
            <td width="131" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px;font-family:仿宋_GB2312">斗麻村</span>
                </p>
            </td>
            <td width="92" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">1366</span>
                </p>
            </td>
            <td width="108" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">599</span>
                </p>
            </td>
            <td width="75" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:13px">43.85 </span>
                </p>
            </td>
            <td style="border-width: initial; border-style: none; border-color: initial;" width="0"></td>
        </tr>
    </tbody>
</table>
<p>
    <span style="font-size:21px;font-family:&#39;Times New Roman&#39;,serif"><br/> </span>
</p>
<p style="text-align:center">
    <span style="font-size: 24px;font-family: 方正小标宋简体">长顺县</span><span style="font-size: 24px">2017</span><span style="font-size: 24px;font-family: 方正小标宋简体">年深度贫困村、极贫乡镇基本情况</span>
</p>
<table>
    <tbody>
        <tr style=";height:24px" class="firstRow">
            <td width="82" rowspan="2" style="border-width: 1px; border-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">乡镇</span>
                </p>
            </td>
            <td width="143" rowspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">深度贫困村</span>
                </p>
            </td>
            <td width="235" colspan="2" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">当前贫困人口</span>
                </p>
            </td>
            <td width="124" style="border-top-width: 1px; border-right-width: 1px; border-bottom-width: 1px; border-top-color: black; border-right-color: black; border-bottom-color: black; border-left: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:16px;font-family:黑体">贫困发生率</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:宋体">户</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:宋体">人</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:6px">
            <td width="82" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">白云山</span>
                </p>
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">（</span><span style="font-size:15px">1</span><span style="font-size:15px;font-family:仿宋_GB2312">个）</span>
                </p>
            </td>
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">烂山村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">220</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">772</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">27.32%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="82" rowspan="4" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">摆所</span>
                </p>
                <p style="margin-left:0;text-align:center;text-indent:0">
                    <span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">（</span><span style="font-size:15px;color:windowtext">4</span><span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">个）</span>
                </p>
            </td>
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">城伍村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">240</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">834</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">25.92%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">热水村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">260</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">1003</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">26.26%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">茅山村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">244</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">890</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">32.96%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">翁拉村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">217</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">841</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">59.43%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="82" rowspan="4" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">长寨</span>
                </p>
                <p style="margin-left:0;text-align:center;text-indent:0">
                    <span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">（</span><span style="font-size:15px;color:windowtext">4</span><span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">个）</span>
                </p>
            </td>
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">磨油村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">122</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">458</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">39.15%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">杉木村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">105</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">367</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">32.91%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">长坡村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">104</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">367</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">19.31%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">牛坡村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">74</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">264</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">29.50%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="82" rowspan="5" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">代化</span>
                </p>
                <p style="margin-left:0;text-align:center;text-indent:0">
                    <span style="font-size:15px;font-family:仿宋_GB2312">（</span><span style="font-size:15px">5</span><span style="font-size:   15px;font-family:仿宋_GB2312">个）</span>
                </p>
            </td>
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">斗省村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">561</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">2485</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">66.53%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">朱场村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">166</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">626</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">26.86%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">斗蓬冲村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">187</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">777</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">46.00%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">麻响村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">180</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">725</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">28.49%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">纳傍村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">161</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">657</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">38.20%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="82" rowspan="3" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">敦操</span>
                </p>
                <p style="margin-left:0;text-align:center;text-indent:0">
                    <span style="font-size:15px;font-family:仿宋_GB2312">（</span><span style="font-size:15px">3</span><span style="font-size:   15px;font-family:仿宋_GB2312">个）</span>
                </p>
            </td>
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">打召村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">177</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">729</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">28.78%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">斗麻村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">112</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">493</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">35.62%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">敦操村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">274</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">1074</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">22.58%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="82" rowspan="5" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">鼓扬</span>
                </p>
                <p style="margin-left:0;text-align:center;text-indent:0">
                    <span style="font-size:15px;font-family:仿宋_GB2312">（</span><span style="font-size:15px">5</span><span style="font-size:   15px;font-family:仿宋_GB2312">个）</span>
                </p>
            </td>
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">纪堵村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">163</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">639</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">43.44%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">长易村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">81</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">338</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">56.05%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">交麻村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">172</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">693</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">33.06%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">翁落村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">85</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">397</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">58.30%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">新关村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">105</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">451</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">40.85%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="82" rowspan="2" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312;color:windowtext">广顺</span>
                </p>
                <p style="margin-left:0;text-align:center;text-indent:0">
                    <span style="font-size:15px;font-family:仿宋_GB2312">（</span><span style="font-size:15px">2</span><span style="font-size:   15px;font-family:仿宋_GB2312">个）</span>
                </p>
            </td>
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">鼠场村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">205</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">757</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">30.86%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px;font-family:仿宋_GB2312">湾河村</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">183</span>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">691</span>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <span style="font-size:15px">22.14%</span>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="82" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px;font-family:宋体">小计</span></strong>
                </p>
            </td>
            <td width="143" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">24</span></strong>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">4398</span></strong>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">17328</span></strong>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">33.79%</span></strong>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="225" colspan="2" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px;font-family:宋体">极贫乡镇（代化镇）</span></strong>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">1905</span></strong>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">7711</span></strong>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">29.84%</span></strong>
                </p>
            </td>
        </tr>
        <tr style=";height:24px">
            <td width="225" colspan="2" style="border-right-width: 1px; border-bottom-width: 1px; border-left-width: 1px; border-right-color: black; border-bottom-color: black; border-left-color: black; border-top: none; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px;font-family:宋体">合计</span></strong>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">6303</span></strong>
                </p>
            </td>
            <td width="118" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">25039</span></strong>
                </p>
            </td>
            <td width="124" style="border-top: none; border-left: none; border-bottom-width: 1px; border-bottom-color: black; border-right-width: 1px; border-right-color: black; padding: 1px;">
                <p style="text-align:center;vertical-align:middle">
                    <strong><span style="font-size:15px">31.81%</span></strong>
                </p>
            </td>
        </tr>
    </tbody>
</table>
<p>
    <span style="font-size:21px;font-family:&#39;Times New Roman&#39;,serif"><br/></span>
</p>
<p>
    <br/>
</p>`
        }
      }