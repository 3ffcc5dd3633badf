package org.kepu.portal.demo;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.content.serviceorder.ExpertDetails;
import org.kepu.content.serviceorder.ExpertQuery;
import org.kepu.content.serviceorder.Experts;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.ServiceStaff;
import org.kepu.content.serviceorder.Volunteers;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few experts of the 科普专家库 and the people of the demo's volunteer teams, so the expert search,
 * the order page's expert form and the hours form have someone to offer. No order is moved: hours and
 * rankings come from orders staff complete.
 */
@Component
@Order(13)
@ConditionalOnBooleanProperty("kepu.demo.enabled")
class DemoPeople implements ApplicationRunner {

    private static final String TOWN = "ejinhoro";
    private static final String BY = "system";

    private final Experts experts;
    private final Volunteers volunteers;
    private final ServiceDirectory directory;
    private final Columns columns;

    DemoPeople(Experts experts, Volunteers volunteers, ServiceDirectory directory, Columns columns) {
        this.experts = experts;
        this.volunteers = volunteers;
        this.directory = directory;
        this.columns = columns;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean none =
                experts.search(new ExpertQuery(null, null, null, "", false, true, 0), ServiceStaff.administrator(BY))
                                .total()
                        == 0;
        // experts need a theme: without the demo's columns there is nothing to offer them under
        if (!none || columns.count() == 0) {
            return;
        }
        Long health = department("weijian");
        Long science = department("kexie");
        expert("李慧敏", "旗人民医院 主任医师", TOWN, health, themes("jiankang", "zhulao"), true, false, "周末可下乡", "13904770001");
        expert(
                "巴特尔",
                "旗农牧技术推广中心 高级农艺师",
                null,
                department("nongmu"),
                themes("nongmu"),
                true,
                true,
                "春耕、秋收前后优先安排",
                "13904770002");
        expert("王建军", "旗消防救援大队", TOWN, null, themes("yingji", "fangzai"), true, false, "工作日白天", "13904770003");
        expert(
                "其其格",
                "旗第一中学 物理教师",
                null,
                science,
                themes("qingshaonian", "kejizhou"),
                true,
                true,
                "寒暑假和周末",
                "13904770004");
        team("伊金霍洛镇反诈宣讲志愿服务队", "王警官", "李老师", "张晓燕");
        team("伊金霍洛镇健康义诊志愿服务队", "刘医生", "赵护士", "孟根");
        team("旗科协科普讲师团", "周讲师", "乌云");
    }

    private void expert(
            String name,
            String organisation,
            String town,
            Long department,
            Set<Long> specialties,
            boolean chinese,
            boolean mongolian,
            String availability,
            String phone) {
        experts.add(
                new ExpertDetails(
                        name,
                        organisation,
                        town,
                        department,
                        specialties,
                        chinese,
                        mongolian,
                        true,
                        availability,
                        phone,
                        null),
                BY);
    }

    private void team(String name, String... people) {
        directory.teams().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .ifPresent(team -> Stream.of(people).forEach(p -> volunteers.add(team.id(), p, null, BY)));
    }

    private Long department(String code) {
        return directory.departments().stream()
                .filter(d -> d.code().equals(code))
                .map(ServiceDirectory.Department::id)
                .findFirst()
                .orElse(null);
    }

    /** The demo columns by slug; an expert with none found gets the first column, so the demo still starts. */
    private Set<Long> themes(String... slugs) {
        Set<Long> found = Stream.of(slugs)
                .map(columns::findBySlug)
                .flatMap(Optional::stream)
                .map(ContentColumn::id)
                .collect(Collectors.toSet());
        return found.isEmpty()
                ? columns.findAllByOrderBySortOrderAscIdAsc().stream()
                        .limit(1)
                        .map(ContentColumn::id)
                        .collect(Collectors.toSet())
                : found;
    }
}
