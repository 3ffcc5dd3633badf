package org.kepu.portal.demo;

import java.time.Clock;
import org.kepu.content.serviceorder.NewServiceOrder;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.ServiceOrders;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Volunteer teams, villages and three residents' orders for science services, so that a fresh
 * platform's staff pages have something to dispatch once an administrator gives an account a scope
 * at {@code /admin/service-staff}. Orders only: no staff step is taken (nothing in the audit log).
 */
@Component
@Order(12)
@ConditionalOnBooleanProperty("kepu.demo.enabled")
class DemoServices implements ApplicationRunner {

    private static final String TOWN = "ejinhoro";

    private final ServiceDirectory directory;
    private final ServiceOrders orders;
    private final Clock clock;

    DemoServices(ServiceDirectory directory, ServiceOrders orders, Clock clock) {
        this.directory = directory;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!directory.teams().isEmpty()) {
            return;
        }
        long police = directory.departments().stream()
                .filter(d -> d.code().equals("gongan"))
                .findFirst()
                .orElseThrow()
                .id();
        directory.addTeam("伊金霍洛镇反诈宣讲志愿服务队", TOWN, police, clock.instant());
        directory.addTeam("伊金霍洛镇健康义诊志愿服务队", TOWN, null, clock.instant());
        directory.addTeam("旗科协科普讲师团", null, null, clock.instant());
        long village = directory.addPlace(TOWN, "新街村", "村", true).id();
        long community = directory.addPlace(TOWN, "忽吉图社区", "社区", false).id();
        directory.addPlace(TOWN, "伊金霍洛镇新时代文明实践站", "实践站", false);
        orders.place(order("防电信诈骗讲座", village, "elderly", 40, "王阿姨", "13900000001"));
        orders.place(order("冬季用火用电安全", community, null, 60, "李书记", "0477-8600001"));
        orders.place(order("青少年防溺水与急救", village, "youth", 35, "赵老师", "13900000002"));
    }

    private static NewServiceOrder order(
            String topic, long place, String audience, int attendance, String name, String phone) {
        return new NewServiceOrder(topic, null, TOWN, place, null, audience, attendance, "本月的周末上午", name, phone, true);
    }
}
