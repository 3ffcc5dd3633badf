package org.kepu.content.serviceorder;

import java.util.List;

/**
 * Whether a service counts as a 科普讲座 or as another 科普活动, read from its topic: residents and
 * 村 workers name what they want ("防电信诈骗讲座", "健康义诊"), and the plan counts lectures apart.
 */
public enum ServiceKind {
    LECTURE,
    ACTIVITY;

    // the words a lecture is ordered by, in the banner's usage
    private static final List<String> LECTURE_WORDS = List.of("讲座", "讲堂", "宣讲", "报告会", "课堂");

    public static ServiceKind of(String topic) {
        return topic != null && LECTURE_WORDS.stream().anyMatch(topic::contains) ? LECTURE : ACTIVITY;
    }
}
