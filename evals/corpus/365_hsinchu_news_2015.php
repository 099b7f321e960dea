<!DOCTYPE html>
<!-- 
Theme: JANGO - Ultimate Multipurpose HTML Theme Built With Twitter Bootstrap 3.3.5
Version: 1.3.2
Author: Themehats
Site: http://www.themehats.com
Purchase: http://themeforest.net/item/jango-responsive-multipurpose-html5-template/11987314?ref=themehats
Contact: support@themehats.com
Follow: http://www.twitter.com/themehats
-->
<!--[if IE 9]> <html lang="en" class="ie9"> <![endif]-->
<!--[if !IE]><!-->
<html lang="en">
    <!--<![endif]-->
    <!-- BEGIN HEAD -->


    <body class="c-layout-header-fixed c-layout-header-mobile-fixed">
        <!-- BEGIN: LAYOUT/HEADERS/HEADER-1 -->
        <!-- BEGIN: HEADER -->
        <?php include("header.php");?>
        <img src="assets/base/img/content/backgrounds/bg-25.jpg" alt="" style="width:100%; margin-top:-450px">
		<!-- END: HEADER -->
        <!-- END: LAYOUT/HEADERS/HEADER-1 -->
        <!-- BEGIN: CONTENT/USER/FORGET-PASSWORD-FORM -->
         <!-- END: CONTENT/USER/FORGET-PASSWORD-FORM -->
        <!-- BEGIN: CONTENT/USER/SIGNUP-FORM -->
        <!-- END: CONTENT/USER/SIGNUP-FORM -->
        <!-- BEGIN: CONTENT/USER/LOGIN-FORM -->
        <!-- END: CONTENT/USER/LOGIN-FORM -->
        <!-- BEGIN: LAYOUT/SIDEBARS/QUICK-SIDEBAR -->
        <!-- END: LAYOUT/SIDEBARS/QUICK-SIDEBAR -->
        <!-- BEGIN: PAGE CONTAINER -->
        <div class="c-layout-page">
            <!-- BEGIN: LAYOUT/BREADCRUMBS/BREADCRUMBS-1 -->
            <!-- END: LAYOUT/BREADCRUMBS/BREADCRUMBS-1 -->
            <!-- BEGIN: PAGE CONTENT -->
            <div class="c-content-box c-size-md c-bg-white">
                <div class="container">
                    <div class="c-content-title-1">
                        <h3 class="c-center c-font-dark c-font-uppercase">麗池清淤工程現勘 林智堅巿長：打造1916園區成為具國際觀光亮點園區</h3>
                        <p class="c-center">產業觀光</p>
                    </div>
                    <div class="c-content-panel">
                        <div class="c-label">104.11.26</div>
                        <div class="c-body">
                            <div class="c-content-tab-1 c-theme c-margin-t-30">
                                <div class="clearfix">
                                    <ul class="nav nav-tabs c-font-uppercase c-font-bold">
                                        <li class="active">
                                            <a href="#tab_1_0_content" data-toggle="tab">概要</a>
                                        </li>
										<li>
                                            <a href="#tab_1_1_content" data-toggle="tab">內容</a>
                                        </li>
                                        <li>
                                            <a href="#tab_1_2_content" data-toggle="tab">市長說</a>
                                        </li>
                                        <li>
                                            <a href="#tab_1_3_content" data-toggle="tab">局長說</a>
                                        </li>
										<li>
                                            <a href="#tab_1_4_content" data-toggle="tab">聯絡人</a>
                                        </li>
                                    </ul>
                                </div>
                                <div class="tab-content c-bordered c-padding-lg">
                                    <div class="tab-pane active" id="tab_1_0_content">
									<img width="640" height="430" src=assets/base/img/content/news/picture/104.jpg>
									</div>
									<div class="tab-pane active" id="tab_1_1_content">
                                        <p> 新竹巿政府104年度以「新竹市麗池親水親樹景觀空間營造計畫」獲內政部營建署「城鎮風貌型塑整體計畫」補助546萬元，
										即日起至明(105)年元月進行麗池淤泥清除、水質淨化及植裁環境綠美化工程，
										巿長林智堅今(26)日進行現勘，期打造「新竹1916園區」成為具國際觀光亮點園區。 
										林智堅巿長下午現勘「麗池親水親樹景觀空間營造計畫」工程，
										麗池累積近十年淤泥異味終獲改善，
										會中樂駝規畫設計公司環池說明近日執行清淤狀況，
										同時意外發現一隻60公分大鱷龜及多隻大螯蟹等外來物種，
										目前皆移至動物園照顧，也呼籲民眾勿任意棄養，避免造成生態破壞。
										會後林智堅巿長也至動物園關心這些動物們安置情形，
										巿議員劉聲正、徐信芳、鄭貴元及公園里長林志雅亦與會關心工程執行狀況。  </p>
                                    </div>
                                    <div class="tab-pane" id="tab_1_2_content">
                                        <p> 林智堅巿長表示，新竹公園擁有大新竹人許多美好回憶，麗池湖畔過去還可划船，許多父母常帶著小朋友在此遊憩；他說，為讓新竹公園風華再現，未來將打造為「1916園區」，以動物園為核心做整體環境規劃，很高興巿府以｢新竹1916園區跨域亮點計畫｣爭取到交通部觀光局兩年三億經費補助；而今日現勘「麗池親水親樹景觀空間營造計畫」工程，亦獲內政部營建署「城鎮風貌型塑整體計畫」補助546萬元，進行麗池淤泥清除、水質淨化及植裁環境綠美化工程，預計明(105)年元月底前完工。 

林智堅巿長說，整個園區改造後，新竹公園將重現過去繁華，並將結合舉辦兒童策展及國際兒童嘉年華等行銷活動，希望在2016年新竹公園百年生日時，舉辦更多精采藝文活動，邀請全體市民一起來慶賀，相信未來「新竹1916園區」不但會是新竹人休閒好地方，也將成為具國際觀光亮點的園區。  </p>
                                    </div>
                                    <div class="tab-pane" id="tab_1_3_content">
										<p> 文化局表示，即日起將進行麗池約13,400平方公尺面積淤泥清除、植栽綠美化及營造生態島等工程，
										期藉此徹底消除近十年累積淤泥產生之異味與優養化問題，也可提供親水、調節氣候、減低都市熱島效應，
										全新風貌將讓漫步公園民眾享有清新自然好環境。 
										文化局指出，
										為整體規劃1916園區，
										巿府以｢新竹1916園區跨域亮點計畫｣爭取到交通部觀光局三億經費，
										將做為整合遊憩資源、提昇旅遊環境、行銷主題式觀光亮點及振興地方經濟發展之用，
										期將新竹市打造成具深度、吸引力之觀光城市；
										園區未來將以麗池生態水岸串連周邊日式湖畔料亭、玻工館、願景館、九曲橋，
										並隨著四季風貌、節日慶典呈現城市多樣丰采，期以軟體活動帶出硬體設施新價值，
										讓1916園區展現新竹榮耀。 </p>


                                    </div>
									<div class="tab-pane" id="tab_1_4_content">
									<p>活動聯絡人：文化局博物館科長 周素娟</p> 
										電話：03-5319756 分機280 <p> 
									<p>新聞資料聯絡人：公關與新聞科 梁瑞君</p> 
										電話：03-5216121分機213 <p>
									</div>
                                </div>
                            </div>
                        </div>
                    </div>
        </div>
        <!-- END: LAYOUT/FOOTERS/FOOTER-5 -->
        <!-- BEGIN: LAYOUT/FOOTERS/GO2TOP -->
        <div class="c-layout-go2top">
            <i class="icon-arrow-up"></i>
        </div>
        <!-- END: LAYOUT/FOOTERS/GO2TOP -->
        <!-- BEGIN: LAYOUT/BASE/BOTTOM -->
        <!-- BEGIN: CORE PLUGINS -->
        <!--[if lt IE 9]>
	<script src="../assets/global/plugins/excanvas.min.js"></script> 
	<![endif]-->
        <script src="assets/plugins/jquery.min.js" type="text/javascript"></script>
        <script src="assets/plugins/jquery-migrate.min.js" type="text/javascript"></script>
        <script src="assets/plugins/bootstrap/js/bootstrap.min.js" type="text/javascript"></script>
        <script src="assets/plugins/jquery.easing.min.js" type="text/javascript"></script>
        <!-- END: CORE PLUGINS -->
        <!-- BEGIN: LAYOUT PLUGINS -->
        <script src="assets/plugins/cubeportfolio/js/jquery.cubeportfolio.min.js" type="text/javascript"></script>
        <script src="assets/plugins/owl-carousel/owl.carousel.min.js" type="text/javascript"></script>
        <script src="assets/plugins/counterup/jquery.counterup.min.js" type="text/javascript"></script>
        <script src="assets/plugins/counterup/jquery.waypoints.min.js" type="text/javascript"></script>
        <script src="assets/plugins/fancybox/jquery.fancybox.pack.js" type="text/javascript"></script>
        <script src="assets/plugins/slider-for-bootstrap/js/bootstrap-slider.js" type="text/javascript"></script>
        <!-- END: LAYOUT PLUGINS -->
        <!-- BEGIN: THEME SCRIPTS -->
        <script src="assets/base/js/components.js" type="text/javascript"></script>
        <script src="assets/base/js/components-shop.js" type="text/javascript"></script>
        <script src="assets/base/js/app.js" type="text/javascript"></script>
        <script>
            $(document).ready(function()
            {
                App.init(); // init core    
            });
        </script>
        <!-- END: THEME SCRIPTS -->
        <!-- END: LAYOUT/BASE/BOTTOM -->
    </body>

</html>