package com.luck.cloud.function.study.model;

public class StudyDetailModel {
    /**
     * inid : 41
     * inotitle : 中共中央 国务院印发海南自由贸易港建设总体方案
     * isfirst : 0
     * inotype : current_information
     * contentType : 1
     * linkurl : 中国政府网
     * validity : 新华社北京6月1日电 中共中央、国务院印发了《海南自由贸易港建设总体方案》，并发出通知，要求各地区各部门结合实际认真贯彻落实。
     * content : <p>中共中央 国务院印发《海南自由贸易港建设总体方案》</p> <p>新华社北京6月1日电 中共中央、国务院印发了《海南自由贸易港建设总体方案》，并发出通知，要求各地区各部门结合实际认真贯彻落实。</p> <p>《海南自由贸易港建设总体方案》主要内容如下。</p> <p>海南是我国最大的经济特区，具有实施全面深化改革和试验最高水平开放政策的独特优势。支持海南逐步探索、稳步推进中国特色自由贸易港建设，分步骤、分阶段建立自由贸易港政策和制度体系，是习近平总书记亲自谋划、亲自部署、亲自推动的改革开放重大举措，是党中央着眼国内国际两个大局，深入研究、统筹考虑、科学谋划作出的战略决策。当今世界正在经历新一轮大发展大变革大调整，保护主义、单边主义抬头，经济全球化遭遇更大的逆风和回头浪。在海南建设自由贸易港，是推进高水平开放，建立开放型经济新体制的根本要求；是深化市场化改革，打造法治化、国际化、便利化营商环境的迫切需要；是贯彻新发展理念，推动高质量发展，建设现代化经济体系的战略选择；是支持经济全球化，构建人类命运共同体的实际行动。为深入贯彻习近平总书记在庆祝海南建省办经济特区30周年大会上的重要讲话精神，落实《中共中央、国务院关于支持海南全面深化改革开放的指导意见》要求，加快建设高水平的中国特色自由贸易港，制定本方案。</p> <p>一、总体要求</p> <p>（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中全会精神，坚持党的全面领导，坚持稳中求进工作总基调，坚持新发展理念，坚持高质量发展，统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局，对标国际高水平经贸规则，解放思想、大胆创新，聚焦贸易投资自由化便利化，建立与高水平自由贸易港相适应的政策制度体系，建设具有国际竞争力和影响力的海关监管特殊区域，将海南自由贸易港打造成为引领我国新时代对外开放的鲜明旗帜和重要开放门户。</p> <p>（二）基本原则</p> <p>——借鉴国际经验。坚持高起点谋划、高标准建设，主动适应国际经贸规则重构新趋势，充分学习借鉴国际自由贸易港的先进经营方式、管理方法和制度安排，形成具有国际竞争力的开放政策和制度，加快建立开放型经济新体制，增强区域辐射带动作用，打造我国深度融入全球经济体系的前沿地带。</p> <p>——体现中国特色。坚持党的集中统一领导，坚持中国特色社会主义道路，坚持以人民为中心，践行社会主义核心价值观，确保海南自由贸易港建设正确方向。充分发挥全国上下一盘棋和集中力量办大事的制度优势，调动各方面积极性和创造性，集聚全球优质生产要素，着力在推动制度创新、培育增长动能、构建全面开放新格局等方面取得新突破，为实现国家战略目标提供坚实支撑。加强与东南亚国家交流合作，促进与粤港澳大湾区联动发展。</p> <p>——符合海南定位。紧紧围绕国家赋予海南建设全面深化改革开放试验区、国家生态文明试验区、国际旅游消费中心和国家重大战略服务保障区的战略定位，充分发挥海南自然资源丰富、地理区位独特以及背靠超大规模国内市场和腹地经济等优势，抢抓全球新一轮科技革命和产业变革重要机遇，聚焦发展旅游业、现代服务业和高新技术产业，加快培育具有海南特色的合作竞争新优势。</p> <p>——突出改革创新。强化改革创新意识，赋予海南更大改革自主权，支持海南全方位大力度推进改革创新，积极探索建立适应自由贸易港建设的更加灵活高效的法律法规、监管模式和管理体制，下大力气破除阻碍生产要素流动的体制机制障碍。深入推进商品和要素流动型开放，加快推动规则等制度型开放，以高水平开放带动改革全面深化。加强改革系统集成，注重协调推进，使各方面创新举措相互配合、相得益彰，提高改革创新的整体效益。</p> <p>——坚持底线思维。坚持稳扎稳打、步步为营，统筹安排好开放节奏和进度，成熟一项推出一项，不急于求成、急功近利。深入推进简政放权、放管结合、优化服务，全面推行准入便利、依法过程监管的制度体系，建立与国际接轨的监管标准和规范制度。加强重大风险识别和系统性风险防范，建立健全风险防控配套措施。完善重大疫情防控体制机制，健全公共卫生应急管理体系。开展常态化评估工作，及时纠偏纠错，确保海南自由贸易港建设方向正确、健康发展。</p> <p>（三）发展目标</p> <p>到2025年，初步建立以贸易自由便利和投资自由便利为重点的自由贸易港政策制度体系。营商环境总体达到国内一流水平，市场主体大幅增长，产业竞争力显著提升，风险防控有力有效，适应自由贸易港建设的法律法规逐步完善，经济发展质量和效益明显改善。</p> <p>到2035年，自由贸易港制度体系和运作模式更加成熟，以自由、公平、法治、高水平过程监管为特征的贸易投资规则基本构建，实现贸易自由便利、投资自由便利、跨境资金流动自由便利、人员进出自由便利、运输来往自由便利和数据安全有序流动。营商环境更加优化，法律法规体系更加健全，风险防控体系更加严密，现代社会治理格局基本形成，成为我国开放型经济新高地。</p> <p>到本世纪中叶，全面建成具有较强国际影响力的高水平自由贸易港。</p> <p>（四）实施范围。海南自由贸易港的实施范围为海南岛全岛。</p>
     * clicks : 5
     * publishtime : 2020-06-18T18:51:16
     * createtime : 2020-06-18T18:51:09
     * ispublish : 2
     * titlePicture : http://121.36.144.200/group1/M00/00/10/wKgAnF7rRxuAJbNXAACSPw94cnk241.jpg
     */

    private int inid;
    private String inotitle;
    private String isfirst;
    private String inotype;
    private int contentType;
    private String linkurl;
    private String validity;
    private String content;
    private int clicks;
    private String publishtime;
    private String createtime;
    private String ispublish;
    private String titlePicture;

    public int getInid() {
        return inid;
    }

    public void setInid(int inid) {
        this.inid = inid;
    }

    public String getInotitle() {
        return inotitle;
    }

    public void setInotitle(String inotitle) {
        this.inotitle = inotitle;
    }

    public String getIsfirst() {
        return isfirst;
    }

    public void setIsfirst(String isfirst) {
        this.isfirst = isfirst;
    }

    public String getInotype() {
        return inotype;
    }

    public void setInotype(String inotype) {
        this.inotype = inotype;
    }

    public int getContentType() {
        return contentType;
    }

    public void setContentType(int contentType) {
        this.contentType = contentType;
    }

    public String getLinkurl() {
        return linkurl;
    }

    public void setLinkurl(String linkurl) {
        this.linkurl = linkurl;
    }

    public String getValidity() {
        return validity;
    }

    public void setValidity(String validity) {
        this.validity = validity;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public int getClicks() {
        return clicks;
    }

    public void setClicks(int clicks) {
        this.clicks = clicks;
    }

    public String getPublishtime() {
        return publishtime;
    }

    public void setPublishtime(String publishtime) {
        this.publishtime = publishtime;
    }

    public String getCreatetime() {
        return createtime;
    }

    public void setCreatetime(String createtime) {
        this.createtime = createtime;
    }

    public String getIspublish() {
        return ispublish;
    }

    public void setIspublish(String ispublish) {
        this.ispublish = ispublish;
    }

    public String getTitlePicture() {
        return titlePicture;
    }

    public void setTitlePicture(String titlePicture) {
        this.titlePicture = titlePicture;
    }
}
