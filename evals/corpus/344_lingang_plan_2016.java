package com.lingang.bean;

import java.util.List;

/**
 * @name LinGang
 * @class name：com.lingang.bean
 * @class describe
 * @anthor Administrator
 * @time 2017/6/13 0013 17:03
 * @change
 * @chang time
 * @class describe
 */
public class PolicyDetailesBean {

    /**
     * stateCode : 1000
     * message : null
     * remark : null
     * data : {"policyId":47,"imgId":1232,"policyTitle":"上海市人民政府关于深化完善\u201c双特\u201d政策支持临港地区新一轮发展的若干意见","createTime":1492560000000,"policyState":2,"policyContent":"<p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">各区、县人民政府，市政府各委、办、局，临港地区管委会：<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">\u201c十三五\u201d期间，临港地区要切实贯彻\u201c创新、协调、绿色、开放、共享\u201d的发展理念，紧紧围绕上海建设\u201c四个中心\u201d和具有全球影响力的科技创新中心的战略目标，坚持高标准开发、加大政策支持力度，坚持问题导向、提高集约化开发水平，坚持功能建设、促进产业和要素集聚，坚持改革创新、完善管理体制机制，以发展智能制造为重点，加快推进创新要素集聚和产业能级提升，以深化产城融合为导向，不断促进城市服务功能和品质提升。到2020年，基本建成国家新型工业化示范产业基地、战略性新兴产业示范区和现代化滨海新城，成为本市建设具有全球影响力的科技创新中心的重要承载区。为此，在延续上一轮临港地区建立特别机制和实施特殊政策（以下简称\u201c双特\u201d政策）的基础上，根据临港地区面临的新形势和新任务，特制定本意见，政策期限为2016年至2018年。　<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">一、深入推进政府改革和管理创新<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（一）进一步向临港地区简政放权。市、区两级政府进一步向临港地区简政放权，市政府下放给浦东新区的行政审批事项，凡是临港地区具有承接能力的，全部下放给临港地区管理。通过授权、委托或设点派驻等多种形式，实现企业投资项目区内审批；在临港人才服务中心增设公积金管理、社保办理、外国人就业、出入境办理等服务功能，实现人才服务事项区内办理。建立临港地区统一的网上政务大厅。率先在临港地区开展建设领域行政审批专项改革试点。<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（二）完善市属区管体制。进一步明确市、区两级政府的职责，市政府对临港地区重大项目的规划布局以及资源配置、专项资金投入等方面给予支持；浦东新区政府继续支持临港地区开发建设和产业发展，并按照有关事权分工，对临港地区基础设施运营维护、公共服务项目等予以财力保障。<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（三）加强临港地区管委会统筹职能。临港地区管委会负责统筹推进临港地区规划编制、土地管理、资源利用、产业发展、招商引资等工作，南汇新城镇、万祥镇、泥城镇和书院镇（以下统称\u201c四镇\u201d）重点做好社会管理、公共服务等工作，将四镇招商引资职能转移整合到临港地区管委会。按照本市城乡基本公共服务均等化要求，浦东新区政府要做好四镇的财力保障工作。临港地区管委会会同国资主管部门对临港地区内相关国资开发主体的年度开发建设工作进行考核。<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（四）推广应用中国（上海）自由贸易试验区（以下简称\u201c上海自贸试验区\u201d）制度创新成果。加强上海自贸试验区制度创新与临港地区发展的联动，复制推广上海自贸试验区在投资管理、贸易便利化和事中事后监管等领域的制度创新成果。加快推进政府职能转变，积极开展集中登记、一址多照等商事登记制度改革，完善企业准入\u201c单一窗口\u201d制度。在执法监督检查、工程建设招投标、专项资金审批、居住证积分管理等领域,推行事前信用承诺、事中评估分类、事后联动奖惩的信用管理模式。<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">二、加快促进产业集聚与能级提升<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（五）积极推进智能制造示范区建设。支持临港地区创建国家级制造业创新中心，在临港地区布局建设工程技术中心、重点实验室等关键功能性支撑平台。推动机器人、人工智能、数控加工、增材制造等智能制造骨干企业、重点项目优先向临港地区布局。引导智能制造领域重点科研院所、研发机构、标准制定企业、检验检测机构、计量测试平台等向临港地区集聚。支持国内外大学在临港地区设立科技创新和成果转化中心。率先建设工业大数据中心和工业互联网示范项目。培育引进系统集成服务企业，打造一批智能制造示范工厂。<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（六）持续推动重大产业项目向临港地区集聚。本市承接的民用航空发动机与燃气轮机、高端数控机床与基础装备、深远海洋工程装备及材料、高端能源装备等国家产业化专项和重大工程，优先向临港地区布局；推动轨道交通、新能源汽车、智能汽车等交通运输装备，工程机械等基础装备，和新一代信息技术等战略性新兴产业重大项目向临港地区集聚，进一步提升临港地区高端制造和极限制造能力。鼓励再制造产业集聚发展，利用保税政策开展再制造业务，对临港地区入境再制造产业实施检验检疫和通关便利化措施。建立临港地区与本市品牌园区联动发展机制，吸引高水平项目向临港地区布局，对项目在临港地区形成的增量收益按照比例分享。<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（七）加快发展服务型制造和生产性服务业。重点支持面向新能源装备、工程机械、海洋工程装备、动力装备等领域的总承包、总集成、总设计、总运维等服务型制造。加快发展与临港地区高端制造、智能制造发展相适应的软件服务、科技咨询、信息技术、工业设计、教育培训等生产性服务业。依托上海自贸试验区洋山保税港区，在临港地区海关特定地点开展保税展示交易试点，支持境外文化装备产品、国际特色商品、高端消费品等在临港地区展示交易。积极发展跨境电商仓储、国际采购分拨、大宗商品贸易等新型业态。<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">三、加强土地政策支持<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（八）保障用地指标和支持统筹减量化工作。保障临港地区基础设施和市政公益类项目土地指标，重点产业项目经论证后安排新增用地计划，促进临港地区土地集约利用。临港地区土地减量化工作由临港地区管委会统筹，区域内各镇减量化指标由临港地区管委会统一管理。临港地区年度土地减量化任务，在市级土地主管部门下达的浦东新区年度计划中注明，计入浦东新区。对临港地区重点急需项目，支持采用暂借减量化周转指标方式予以解决。<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（九）实行灵活的土地使用方式。在临港地区特定区域开展综合用地政策试点，划定不同规划功能分区，允许工业仓储与商业、办公等功能混合，引导科技研发、企业总部管理等创新功能加快集聚。在临港地区规划管理中，试点开展用地性质弹性管理。开展国有建设用地使用权租赁以及先租后让、租让结合试点。<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">四、加大财政政策支持力度<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（十）整合临港地区现有各类专项资金。由市、浦东新区和奉贤区财力共同出资，连同市级税收增量返还部分等，成立统一的临港地区专项发展资金（以下简称\u201c专项发展资金\u201d）。专项发展资金由临港地区管委会统筹使用，重点用于产业发展基金设立、各类产业和创新创业支持、人才引进培养、基础设施和公共设施建设支持等。专项发展资金管理办法由市财政局会同浦东新区、奉贤区和临港地区管委会制定。纳入专项发展资金的各条线资金，由临港地区管委会按照专项发展资金管理办法，统一进行使用和管理。对特别重大的项目，临港地区管委会可采用\u201c一事一议\u201d的方式，申请各专项资金支持。积极争取国家专项建设基金支持临港地区项目建设。临港地区内土地出让市、区两级所得收入，在扣除国家及本市规定计提有关专项资金后，全部用于支持临港地区发展。浦东新区、奉贤区对临港税收区级所得部分全部留给临港地区。<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（十一）完善临港地区债务管理。支持临港地区存量政府债务置换及新增发债额度实行单列。对临港地区认定的存量政府债务，按照已明确的方式进行管理。对于2015年后临港地区产生的新增政府债务，分别计入浦东新区和奉贤区区级债务。　<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（十二）支持运用政府和社会资本合作（PPP）方式推进项目建设运营。浦东新区、奉贤区政府根据管辖权限，授权临港地区管委会在临港地区开展政府和社会资本合作（PPP），PPP项目涉及的财政支付责任，由临港地区管委会承担。市相关部门对临港地区特许经营项目在发行企业债券、项目收益债券、公司债券、非金融企业债券等方面，给予优先支持。<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">五、进一步优化人才发展环境<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（十三）强化人才集聚政策。支持本市人才改革创新举措在临港地区先行先试。对上海市居住证持证人在临港地区工作并居住的，可予以专项加分，即每满1年积2分，满5年后开始计入总积分，最高分值为20分。对临港地区教育、卫生、农业等社会公益事业单位录用非上海生源应届普通高校毕业生落户，给予政策倾斜。在临港地区教育、卫生、农业等岗位工作满5年的人员办理居转户，持证及参保年限可缩短至5年。适当增加临港地区人才直接落户重点机构的数量。在临港地区开展海外人才永久居留、出入境便利服务以及在沪外国留学生毕业后直接留沪就业试点，试行外国专家证、就业证、居留证等三证\u201c一口受理、一口办结\u201d的办证模式。<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（十四）完善人才服务保障。优化临港地区\u201c双定双限房\u201d和公共租赁房\u201c先租后售\u201d政策。对在临港地区从事基础教育、医疗卫生、公共服务等人员，每月给予临港津贴。对在临港地区有稳定工作且符合一定条件的人员，给予交通补贴。推进临港高技能人才培养基地建设，支持创建一批青年创业见习和职业见习基地。<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（十五）积极扶持创新创业。对符合创新转型发展导向的企业，可申报认定为临港地区高新技术企业和技术先进型服务企业，并给予一定的财政扶持。对在临港地区创新创业人才及团队，给予一定的扶持和奖励。继续支持\u201c千人计划\u201d、领军人才等高层次人才科研成果在临港地区实施产业化。　?<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">六、加快基础设施和服务功能建设<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（十六）加快推进基础设施建设。按照有关分工，市、区两级建设财力继续支持临港地区基础设施建设。加快建设一批骨干型、功能型基础设施项目。支持临港地区开展海绵城市试点及城市地下综合管廊建设。进一步完善临港地区对外交通基础设施，在沪通铁路规划中，统筹考虑临港地区对外交通需要。继续通过购买服务方式，减免S2高速公路客车通行收费，推进建设S3公路、两港大道等骨干路网建设。加强临港地区内部交通连接，完善主城区与产业区的交通配套，加快推进公交枢纽布局和跨区域、跨镇区的公交线路设置，增强轨道交通短驳公交配置。支持临港地区建设绿色交通示范区，对临港地区的中运量交通系统、新能源车辆和配套基础设施建设项目予以支持。支持临港地区公务码头及配套道路等基础设施建设。优化完善临港地区多式联运集疏运体系，拓展南港码头综合性水水中转功能，支持开展海铁联运口岸监管一体化工作。<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\">（十七）加快完善城市服务功能。市、区两级政府进一步支持临港地区提升城市服务功能，加快布局并建设一批基础教育设施，支持教育类重大功能项目优先向临港地区布局，加快临港大学园区建设，吸引国内外高水平大学到临港地区开展合作办学。推进体育、文化设施共建共享。规划建设一批面向海外高层次人才的国际社区。促进临港地区发展国际教育、国际医疗，允许在临港特定地区设立中外合作经营性教育培训机构和职业技能培训机构等。支持临港地区吸引世界级旅游功能项目落户。优先在临港地区安排举办文化、体育、旅游、贸易等重大活动和会议展览。发展免税购物、演艺娱乐、文化创意等服务功能。进一步完善国资考核机制，推动市属国有大型商业集团支持临港地区商业超前配套并入驻经营。<\/p><p span=\"\" style=\"font-size:17px ;color: #222; line-height:27px\" align=\"justify\"><br/><\/p>","basicsId":74,"policyUser":"临港集团","publishId":13,"imgPath":"/image/upload/img/20170419/201704190958108103.jpg","logoId":1391,"logoPath":"/image/upload/img/20170711/2017071115525168.jpg","authorName":"空白","collectState":1,"collectId":941,"files":[{"fileId":277,"fileTitle":"新版xmind基础教程.pdf","imgId":null,"imgPath":null,"fileAddress":"/image/upload/policy/20170526/20170526153845604.pdf","fileType":1,"fileUpdateTime":null,"updateTime":null,"fileSize":2.27,"downloadSpeed":null,"downloadState":null}],"labels":[{"labelId":104,"labelName":"的萨达打","labelType":null,"createTime":null,"updateTime":null,"labelState":null},{"labelId":105,"labelName":"是打扫乱开价月","labelType":null,"createTime":null,"updateTime":null,"labelState":null},{"labelId":103,"labelName":"加厚的","labelType":null,"createTime":null,"updateTime":null,"labelState":null}]}
     * dataMap : null
     */

    private String stateCode;
    private Object message;
    private Object remark;
    private DataBean data;
    private Object dataMap;

    public String getStateCode() {
        return stateCode;
    }

    public void setStateCode(String stateCode) {
        this.stateCode = stateCode;
    }

    public Object getMessage() {
        return message;
    }

    public void setMessage(Object message) {
        this.message = message;
    }

    public Object getRemark() {
        return remark;
    }

    public void setRemark(Object remark) {
        this.remark = remark;
    }

    public DataBean getData() {
        return data;
    }

    public void setData(DataBean data) {
        this.data = data;
    }

    public Object getDataMap() {
        return dataMap;
    }

    public void setDataMap(Object dataMap) {
        this.dataMap = dataMap;
    }

    public static class DataBean {
        /**
         * policyId : 47
         * imgId : 1232
         * policyTitle : 上海市人民政府关于深化完善“双特”政策支持临港地区新一轮发展的若干意见
         * createTime : 1492560000000
         * policyState : 2
         * policyContent : <p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">各区、县人民政府，市政府各委、办、局，临港地区管委会：</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">“十三五”期间，临港地区要切实贯彻“创新、协调、绿色、开放、共享”的发展理念，紧紧围绕上海建设“四个中心”和具有全球影响力的科技创新中心的战略目标，坚持高标准开发、加大政策支持力度，坚持问题导向、提高集约化开发水平，坚持功能建设、促进产业和要素集聚，坚持改革创新、完善管理体制机制，以发展智能制造为重点，加快推进创新要素集聚和产业能级提升，以深化产城融合为导向，不断促进城市服务功能和品质提升。到2020年，基本建成国家新型工业化示范产业基地、战略性新兴产业示范区和现代化滨海新城，成为本市建设具有全球影响力的科技创新中心的重要承载区。为此，在延续上一轮临港地区建立特别机制和实施特殊政策（以下简称“双特”政策）的基础上，根据临港地区面临的新形势和新任务，特制定本意见，政策期限为2016年至2018年。　</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">一、深入推进政府改革和管理创新</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（一）进一步向临港地区简政放权。市、区两级政府进一步向临港地区简政放权，市政府下放给浦东新区的行政审批事项，凡是临港地区具有承接能力的，全部下放给临港地区管理。通过授权、委托或设点派驻等多种形式，实现企业投资项目区内审批；在临港人才服务中心增设公积金管理、社保办理、外国人就业、出入境办理等服务功能，实现人才服务事项区内办理。建立临港地区统一的网上政务大厅。率先在临港地区开展建设领域行政审批专项改革试点。</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（二）完善市属区管体制。进一步明确市、区两级政府的职责，市政府对临港地区重大项目的规划布局以及资源配置、专项资金投入等方面给予支持；浦东新区政府继续支持临港地区开发建设和产业发展，并按照有关事权分工，对临港地区基础设施运营维护、公共服务项目等予以财力保障。</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（三）加强临港地区管委会统筹职能。临港地区管委会负责统筹推进临港地区规划编制、土地管理、资源利用、产业发展、招商引资等工作，南汇新城镇、万祥镇、泥城镇和书院镇（以下统称“四镇”）重点做好社会管理、公共服务等工作，将四镇招商引资职能转移整合到临港地区管委会。按照本市城乡基本公共服务均等化要求，浦东新区政府要做好四镇的财力保障工作。临港地区管委会会同国资主管部门对临港地区内相关国资开发主体的年度开发建设工作进行考核。</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（四）推广应用中国（上海）自由贸易试验区（以下简称“上海自贸试验区”）制度创新成果。加强上海自贸试验区制度创新与临港地区发展的联动，复制推广上海自贸试验区在投资管理、贸易便利化和事中事后监管等领域的制度创新成果。加快推进政府职能转变，积极开展集中登记、一址多照等商事登记制度改革，完善企业准入“单一窗口”制度。在执法监督检查、工程建设招投标、专项资金审批、居住证积分管理等领域,推行事前信用承诺、事中评估分类、事后联动奖惩的信用管理模式。</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">二、加快促进产业集聚与能级提升</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（五）积极推进智能制造示范区建设。支持临港地区创建国家级制造业创新中心，在临港地区布局建设工程技术中心、重点实验室等关键功能性支撑平台。推动机器人、人工智能、数控加工、增材制造等智能制造骨干企业、重点项目优先向临港地区布局。引导智能制造领域重点科研院所、研发机构、标准制定企业、检验检测机构、计量测试平台等向临港地区集聚。支持国内外大学在临港地区设立科技创新和成果转化中心。率先建设工业大数据中心和工业互联网示范项目。培育引进系统集成服务企业，打造一批智能制造示范工厂。</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（六）持续推动重大产业项目向临港地区集聚。本市承接的民用航空发动机与燃气轮机、高端数控机床与基础装备、深远海洋工程装备及材料、高端能源装备等国家产业化专项和重大工程，优先向临港地区布局；推动轨道交通、新能源汽车、智能汽车等交通运输装备，工程机械等基础装备，和新一代信息技术等战略性新兴产业重大项目向临港地区集聚，进一步提升临港地区高端制造和极限制造能力。鼓励再制造产业集聚发展，利用保税政策开展再制造业务，对临港地区入境再制造产业实施检验检疫和通关便利化措施。建立临港地区与本市品牌园区联动发展机制，吸引高水平项目向临港地区布局，对项目在临港地区形成的增量收益按照比例分享。</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（七）加快发展服务型制造和生产性服务业。重点支持面向新能源装备、工程机械、海洋工程装备、动力装备等领域的总承包、总集成、总设计、总运维等服务型制造。加快发展与临港地区高端制造、智能制造发展相适应的软件服务、科技咨询、信息技术、工业设计、教育培训等生产性服务业。依托上海自贸试验区洋山保税港区，在临港地区海关特定地点开展保税展示交易试点，支持境外文化装备产品、国际特色商品、高端消费品等在临港地区展示交易。积极发展跨境电商仓储、国际采购分拨、大宗商品贸易等新型业态。</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">三、加强土地政策支持</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（八）保障用地指标和支持统筹减量化工作。保障临港地区基础设施和市政公益类项目土地指标，重点产业项目经论证后安排新增用地计划，促进临港地区土地集约利用。临港地区土地减量化工作由临港地区管委会统筹，区域内各镇减量化指标由临港地区管委会统一管理。临港地区年度土地减量化任务，在市级土地主管部门下达的浦东新区年度计划中注明，计入浦东新区。对临港地区重点急需项目，支持采用暂借减量化周转指标方式予以解决。</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（九）实行灵活的土地使用方式。在临港地区特定区域开展综合用地政策试点，划定不同规划功能分区，允许工业仓储与商业、办公等功能混合，引导科技研发、企业总部管理等创新功能加快集聚。在临港地区规划管理中，试点开展用地性质弹性管理。开展国有建设用地使用权租赁以及先租后让、租让结合试点。</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">四、加大财政政策支持力度</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（十）整合临港地区现有各类专项资金。由市、浦东新区和奉贤区财力共同出资，连同市级税收增量返还部分等，成立统一的临港地区专项发展资金（以下简称“专项发展资金”）。专项发展资金由临港地区管委会统筹使用，重点用于产业发展基金设立、各类产业和创新创业支持、人才引进培养、基础设施和公共设施建设支持等。专项发展资金管理办法由市财政局会同浦东新区、奉贤区和临港地区管委会制定。纳入专项发展资金的各条线资金，由临港地区管委会按照专项发展资金管理办法，统一进行使用和管理。对特别重大的项目，临港地区管委会可采用“一事一议”的方式，申请各专项资金支持。积极争取国家专项建设基金支持临港地区项目建设。临港地区内土地出让市、区两级所得收入，在扣除国家及本市规定计提有关专项资金后，全部用于支持临港地区发展。浦东新区、奉贤区对临港税收区级所得部分全部留给临港地区。</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（十一）完善临港地区债务管理。支持临港地区存量政府债务置换及新增发债额度实行单列。对临港地区认定的存量政府债务，按照已明确的方式进行管理。对于2015年后临港地区产生的新增政府债务，分别计入浦东新区和奉贤区区级债务。　</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（十二）支持运用政府和社会资本合作（PPP）方式推进项目建设运营。浦东新区、奉贤区政府根据管辖权限，授权临港地区管委会在临港地区开展政府和社会资本合作（PPP），PPP项目涉及的财政支付责任，由临港地区管委会承担。市相关部门对临港地区特许经营项目在发行企业债券、项目收益债券、公司债券、非金融企业债券等方面，给予优先支持。</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">五、进一步优化人才发展环境</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（十三）强化人才集聚政策。支持本市人才改革创新举措在临港地区先行先试。对上海市居住证持证人在临港地区工作并居住的，可予以专项加分，即每满1年积2分，满5年后开始计入总积分，最高分值为20分。对临港地区教育、卫生、农业等社会公益事业单位录用非上海生源应届普通高校毕业生落户，给予政策倾斜。在临港地区教育、卫生、农业等岗位工作满5年的人员办理居转户，持证及参保年限可缩短至5年。适当增加临港地区人才直接落户重点机构的数量。在临港地区开展海外人才永久居留、出入境便利服务以及在沪外国留学生毕业后直接留沪就业试点，试行外国专家证、就业证、居留证等三证“一口受理、一口办结”的办证模式。</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（十四）完善人才服务保障。优化临港地区“双定双限房”和公共租赁房“先租后售”政策。对在临港地区从事基础教育、医疗卫生、公共服务等人员，每月给予临港津贴。对在临港地区有稳定工作且符合一定条件的人员，给予交通补贴。推进临港高技能人才培养基地建设，支持创建一批青年创业见习和职业见习基地。</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（十五）积极扶持创新创业。对符合创新转型发展导向的企业，可申报认定为临港地区高新技术企业和技术先进型服务企业，并给予一定的财政扶持。对在临港地区创新创业人才及团队，给予一定的扶持和奖励。继续支持“千人计划”、领军人才等高层次人才科研成果在临港地区实施产业化。　?</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">六、加快基础设施和服务功能建设</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（十六）加快推进基础设施建设。按照有关分工，市、区两级建设财力继续支持临港地区基础设施建设。加快建设一批骨干型、功能型基础设施项目。支持临港地区开展海绵城市试点及城市地下综合管廊建设。进一步完善临港地区对外交通基础设施，在沪通铁路规划中，统筹考虑临港地区对外交通需要。继续通过购买服务方式，减免S2高速公路客车通行收费，推进建设S3公路、两港大道等骨干路网建设。加强临港地区内部交通连接，完善主城区与产业区的交通配套，加快推进公交枢纽布局和跨区域、跨镇区的公交线路设置，增强轨道交通短驳公交配置。支持临港地区建设绿色交通示范区，对临港地区的中运量交通系统、新能源车辆和配套基础设施建设项目予以支持。支持临港地区公务码头及配套道路等基础设施建设。优化完善临港地区多式联运集疏运体系，拓展南港码头综合性水水中转功能，支持开展海铁联运口岸监管一体化工作。</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify">（十七）加快完善城市服务功能。市、区两级政府进一步支持临港地区提升城市服务功能，加快布局并建设一批基础教育设施，支持教育类重大功能项目优先向临港地区布局，加快临港大学园区建设，吸引国内外高水平大学到临港地区开展合作办学。推进体育、文化设施共建共享。规划建设一批面向海外高层次人才的国际社区。促进临港地区发展国际教育、国际医疗，允许在临港特定地区设立中外合作经营性教育培训机构和职业技能培训机构等。支持临港地区吸引世界级旅游功能项目落户。优先在临港地区安排举办文化、体育、旅游、贸易等重大活动和会议展览。发展免税购物、演艺娱乐、文化创意等服务功能。进一步完善国资考核机制，推动市属国有大型商业集团支持临港地区商业超前配套并入驻经营。</p><p span="" style="font-size:17px ;color: #222; line-height:27px" align="justify"><br/></p>
         * basicsId : 74
         * policyUser : 临港集团
         * publishId : 13
         * imgPath : /image/upload/img/20170419/201704190958108103.jpg
         * logoId : 1391
         * logoPath : /image/upload/img/20170711/2017071115525168.jpg
         * authorName : 空白
         * collectState : 1
         * collectId : 941
         * files : [{"fileId":277,"fileTitle":"新版xmind基础教程.pdf","imgId":null,"imgPath":null,"fileAddress":"/image/upload/policy/20170526/20170526153845604.pdf","fileType":1,"fileUpdateTime":null,"updateTime":null,"fileSize":2.27,"downloadSpeed":null,"downloadState":null}]
         * labels : [{"labelId":104,"labelName":"的萨达打","labelType":null,"createTime":null,"updateTime":null,"labelState":null},{"labelId":105,"labelName":"是打扫乱开价月","labelType":null,"createTime":null,"updateTime":null,"labelState":null},{"labelId":103,"labelName":"加厚的","labelType":null,"createTime":null,"updateTime":null,"labelState":null}]
         */

        private String policyId;
        private String imgId;
        private String policyTitle;
        private String createTime;
        private String policyState;
        private String policyContent;
        private String basicsId;
        private String policyUser;
        private String publishId;
        private String imgPath;
        private String logoId;
        private String logoPath;
        private String authorName;
        private String collectState;
        private String collectId;
        private List<FileBean> files;
        private List<LabelsBean> labels;

        public String getPolicyId() {
            return policyId;
        }

        public void setPolicyId(String policyId) {
            this.policyId = policyId;
        }

        public String getImgId() {
            return imgId;
        }

        public void setImgId(String imgId) {
            this.imgId = imgId;
        }

        public String getPolicyTitle() {
            return policyTitle;
        }

        public void setPolicyTitle(String policyTitle) {
            this.policyTitle = policyTitle;
        }

        public String getCreateTime() {
            return createTime;
        }

        public void setCreateTime(String createTime) {
            this.createTime = createTime;
        }

        public String getPolicyState() {
            return policyState;
        }

        public void setPolicyState(String policyState) {
            this.policyState = policyState;
        }

        public String getPolicyContent() {
            return policyContent;
        }

        public void setPolicyContent(String policyContent) {
            this.policyContent = policyContent;
        }

        public String getBasicsId() {
            return basicsId;
        }

        public void setBasicsId(String basicsId) {
            this.basicsId = basicsId;
        }

        public String getPolicyUser() {
            return policyUser;
        }

        public void setPolicyUser(String policyUser) {
            this.policyUser = policyUser;
        }

        public String getPublishId() {
            return publishId;
        }

        public void setPublishId(String publishId) {
            this.publishId = publishId;
        }

        public String getImgPath() {
            return imgPath;
        }

        public void setImgPath(String imgPath) {
            this.imgPath = imgPath;
        }

        public String getLogoId() {
            return logoId;
        }

        public void setLogoId(String logoId) {
            this.logoId = logoId;
        }

        public String getLogoPath() {
            return logoPath;
        }

        public void setLogoPath(String logoPath) {
            this.logoPath = logoPath;
        }

        public String getAuthorName() {
            return authorName;
        }

        public void setAuthorName(String authorName) {
            this.authorName = authorName;
        }

        public String getCollectState() {
            return collectState;
        }

        public void setCollectState(String collectState) {
            this.collectState = collectState;
        }

        public String getCollectId() {
            return collectId;
        }

        public void setCollectId(String collectId) {
            this.collectId = collectId;
        }

        public List<FileBean> getFiles() {
            return files;
        }

        public void setFiles(List<FileBean> files) {
            this.files = files;
        }

        public List<LabelsBean> getLabels() {
            return labels;
        }

        public void setLabels(List<LabelsBean> labels) {
            this.labels = labels;
        }


        public static class LabelsBean {
            /**
             * labelId : 104
             * labelName : 的萨达打
             * labelType : null
             * createTime : null
             * updateTime : null
             * labelState : null
             */

            private String labelId;
            private String labelName;
            private Object labelType;
            private Object createTime;
            private Object updateTime;
            private Object labelState;

            public String getLabelId() {
                return labelId;
            }

            public void setLabelId(String labelId) {
                this.labelId = labelId;
            }

            public String getLabelName() {
                return labelName;
            }

            public void setLabelName(String labelName) {
                this.labelName = labelName;
            }

            public Object getLabelType() {
                return labelType;
            }

            public void setLabelType(Object labelType) {
                this.labelType = labelType;
            }

            public Object getCreateTime() {
                return createTime;
            }

            public void setCreateTime(Object createTime) {
                this.createTime = createTime;
            }

            public Object getUpdateTime() {
                return updateTime;
            }

            public void setUpdateTime(Object updateTime) {
                this.updateTime = updateTime;
            }

            public Object getLabelState() {
                return labelState;
            }

            public void setLabelState(Object labelState) {
                this.labelState = labelState;
            }
        }
    }
}
