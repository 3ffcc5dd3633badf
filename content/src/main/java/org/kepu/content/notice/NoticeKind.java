package org.kepu.content.notice;

/** What an emergency notice is about; each kind has ready guidance an editor can raise in one step. */
public enum NoticeKind {
    SANDSTORM("沙尘暴预警", "沙尘暴来袭，请减少外出，关好门窗，外出佩戴口罩和护目镜，远离广告牌和临时搭建物。"),
    FLOOD("暴雨洪涝预警", "强降雨来临，请远离河道、低洼地和地下空间，不要涉水过河，留意官方预警信息。"),
    EPIDEMIC("传染病防控提示", "当前为传染病高发期，请勤洗手、常通风，出现发热咳嗽等症状及时就医并佩戴口罩。"),
    OTHER("应急提示", "");

    private final String title;
    private final String guidance;

    NoticeKind(String title, String guidance) {
        this.title = title;
        this.guidance = guidance;
    }

    public String title() {
        return title;
    }

    public String guidance() {
        return guidance;
    }
}
