package org.kepu.portal.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.account.Accounts;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.ServiceDirectory.ScopeKind;
import org.kepu.content.serviceorder.ServiceOrder;
import org.kepu.content.serviceorder.ServiceOrders;
import org.kepu.content.serviceorder.Volunteer;
import org.kepu.content.serviceorder.Volunteers;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.kepu.portal.browser.Browser;
import org.kepu.portal.browser.RequiresChromium;
import org.kepu.portal.signup.Captchas;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The acceptance of science services on order, in a browser: a resident orders 防电信诈骗讲座 for
 * 老年人 in a village on a phone; the town dispatches it to the 公安 department, which passes it to a
 * team; the team accepts and completes it with attendance 42 and a photo and records its volunteers' hours, which
 * move the indicators 科普讲座, people reached and volunteer hours by exactly that; the resident rates it 5
 * through the link. An overdue order is flagged on the desk, another town's staff cannot open the
 * order, and the contact shows in full only to the staff holding the order.
 */
@RequiresChromium
class ServiceOrderBrowserTests extends PortalIntegrationTest {

    @RegisterExtension
    static final Browser chromium = new Browser();

    @TempDir
    static Path temp;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    ServiceOrders orders;

    @Autowired
    Captchas captchas;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Volunteers volunteers;

    @Test
    void aResidentsOrderGoesFromThePhoneThroughTownDepartmentAndTeamAndIsRated() throws Exception {
        ServiceStaffFixture people = new ServiceStaffFixture(accounts, encoder, directory, orders, this::uri);
        String village = "乌兰村" + people.suffix;
        directory.addPlace(ServiceStaffFixture.TOWN, village, "村", true);
        long team = people.team("反诈宣讲队");
        long police = people.department("gongan");
        people.staff("b-town", ScopeKind.TOWN, ServiceStaffFixture.TOWN);
        people.staff("b-police", ScopeKind.DEPARTMENT, Long.toString(police));
        people.staff("b-team", ScopeKind.TEAM, Long.toString(team));
        PageSession otherTown = people.staff("b-other", ScopeKind.TOWN, ServiceStaffFixture.OTHER_TOWN);
        String topic = "防电信诈骗讲座" + people.suffix;

        // the resident, on a phone, without an account
        chromium.signOut();
        chromium.resize(Browser.PHONE);
        chromium.open("/services/order");
        type("topic", topic);
        new Select(chromium.find("#town")).selectByValue(ServiceStaffFixture.TOWN);
        new Select(chromium.find("#place")).selectByVisibleText(village);
        new Select(chromium.find("#audience")).selectByVisibleText("老年人");
        type("expectedAttendance", "40");
        type("preferredDates", "12 月中旬的周末上午");
        type("contactName", "王阿姨");
        type("contactPhone", "13900000042");
        chromium.find("input[name=consent]").click();
        String token = chromium.find("input[name=captchaToken]").getDomProperty("value");
        type("captcha", captchas.answerOf(token).orElseThrow());
        // typing started the proof of work; the widget holds a submission back while it still counts
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !chromium.find("input[name=altcha]")
                        .getAttribute("value")
                        .isBlank());
        chromium.screenshot("service-order-form-phone.png");
        click("[data-order-submit]");
        await().atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(() -> !chromium.driver()
                        .findElements(By.cssSelector("[data-tracking-url]"))
                        .isEmpty());
        String link = chromium.find("[data-tracking-url]").getText();
        String path = link.substring(link.indexOf("/services/orders/"));
        ServiceOrder placed = orders.byToken(path.substring(path.lastIndexOf('/') + 1));
        String order = "/services/orders/" + placed.getId();
        assertThat(placed.getAudienceCode()).isEqualTo("elderly");
        assertThat(chromium.find("main").getText()).contains(topic).contains("待派单");

        // the town dispatches to the police, and sees the contact while it holds the order
        signIn(people, "b-town");
        chromium.open(order);
        assertThat(chromium.find("[data-contact-phone]").getText()).isEqualTo("13900000042");
        new Select(chromium.find("#dispatch-department")).selectByVisibleText("旗公安局");
        click("[data-action=dispatch] button[type=submit]");
        awaitStatus("已派给部门");
        assertThat(chromium.find("[data-contact-phone]").getText())
                .as("the town no longer holds it")
                .isEqualTo("139****0042");
        assertThat(otherTown.get(order).statusCode()).as("another town's staff").isEqualTo(404);
        assertThat(otherTown.get("/services/orders").body()).doesNotContain(topic);

        // the department claims it and passes it on to the team
        signIn(people, "b-police");
        chromium.open(order);
        assertThat(chromium.find("[data-contact-phone]").getText()).isEqualTo("13900000042");
        click("[data-action=claim] button[type=submit]");
        awaitStatus("部门已领单");
        new Select(chromium.find("#pass-team")).selectByValue(Long.toString(team));
        click("[data-action=pass-on] button[type=submit]");
        awaitStatus("待队伍接单");
        assertThat(chromium.find("[data-contact-phone]").getText()).isEqualTo("139****0042");

        // the team accepts, holds the service and completes it with attendance 42 and a photo
        signIn(people, "b-team");
        chromium.open(order);
        assertThat(chromium.find("[data-contact-phone]").getText()).isEqualTo("13900000042");
        type("accept-people", "王警官、李老师");
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        setDate("accept-date", tomorrow);
        click("[data-action=accept] button[type=submit]");
        awaitStatus("队伍已接单");
        Volunteer wang = volunteers.add(team, "王警官" + people.suffix, null, "管理员");
        Volunteer li = volunteers.add(team, "李老师" + people.suffix, null, "管理员");
        Map<String, BigDecimal> before = indicators();
        Path photo = Files.write(temp.resolve("讲座现场.jpg"), SamplePhotos.jpeg(1600, 1200));
        type("complete-attendance", "42");
        type("complete-report", "讲解了冒充客服、刷单返利等骗局，发放资料 60 份。");
        chromium.find("#complete-photos").sendKeys(photo.toAbsolutePath().toString());
        click("[data-action=complete] button[type=submit]");
        awaitStatus("已完成");
        assertThat(chromium.find("[data-attendance]").getText()).isEqualTo("42");
        assertThat(chromium.driver().findElements(By.cssSelector("[data-photos] img")))
                .hasSize(1);
        assertThat(chromium.find("[data-contact-phone]").getText())
                .as("nobody holds a completed order")
                .isEqualTo("139****0042");

        // the team records its volunteers' hours; the plan's indicators move by exactly this service
        chromium.find("input[name='hours-" + wang.id() + "']").sendKeys("2.5");
        chromium.find("input[name='hours-" + li.id() + "']").sendKeys("3");
        click("[data-action=hours] button[type=submit]");
        await().atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(() -> chromium.find("[data-hours]").getText().contains(wang.name()));
        Map<String, BigDecimal> after = indicators();
        assertThat(after.get("service-lectures").subtract(before.get("service-lectures")))
                .isEqualByComparingTo("1");
        assertThat(after.get("service-people-reached").subtract(before.get("service-people-reached")))
                .isEqualByComparingTo("42");
        assertThat(after.get("volunteer-service-hours").subtract(before.get("volunteer-service-hours")))
                .isEqualByComparingTo("5.5");

        // the resident opens the link, sees the photo and rates the service 5
        chromium.signOut();
        chromium.resize(Browser.PHONE);
        chromium.open(path);
        WebElement shown = chromium.find("[data-photos] img");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ((Number) ((JavascriptExecutor) chromium.driver())
                                        .executeScript("return arguments[0].naturalWidth", shown))
                                .intValue()
                        > 0);
        assertThat(chromium.find("main").getText()).contains("参加 42 人").doesNotContain("13900000042");
        click("[data-rating-form] input[name=rating][value='5']");
        click("[data-rating-form] button[type=submit]");
        await().atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(() -> chromium.find("main").getText().contains("5 星"));
        chromium.screenshot("service-order-status-phone.png");
        assertThat(orders.byToken(placed.getTrackingToken()).getRating()).isEqualTo(5);

        // an order nobody dispatched for four days is flagged on the town's desk
        ServiceOrders.Placed late = people.order("冬季用火用电安全");
        jdbc.sql("update service_order set created_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofDays(4))), late.id())
                .update();
        signIn(people, "b-town");
        chromium.resize(Browser.DESKTOP);
        chromium.open("/services/orders");
        WebElement flagged = chromium.find("[data-order='" + late.id() + "']");
        assertThat(flagged.getAttribute("class")).contains("overdue");
        assertThat(flagged.getText()).contains("超过 3 天未派单");
        chromium.screenshot("service-order-desk-desktop.png");
    }

    /** The computed indicators as the public API gives them, by code. */
    private Map<String, BigDecimal> indicators() throws Exception {
        Map<String, BigDecimal> values = new HashMap<>();
        for (JsonNode indicator : getJson("/api/v1/indicators")) {
            if (!indicator.path("value").isNull() && !indicator.path("value").isMissingNode()) {
                values.put(
                        indicator.path("code").asString(),
                        indicator.path("value").decimalValue());
            }
        }
        return values;
    }

    private void signIn(ServiceStaffFixture people, String name) {
        chromium.signOut();
        chromium.resize(Browser.DESKTOP);
        chromium.signIn(name + "-" + people.suffix, ServiceStaffFixture.PASSWORD);
    }

    private void awaitStatus(String label) {
        await().atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(() -> chromium.find("[data-order-status]").getText().equals(label));
    }

    private void type(String id, String text) {
        WebElement field = chromium.find("#" + id);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date input by script: typing into one depends on the browser's locale. */
    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) chromium.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        chromium.find("#" + id),
                        date.format(DateTimeFormatter.ISO_LOCAL_DATE));
    }

    private void click(String css) {
        WebElement element = chromium.find(css);
        ((JavascriptExecutor) chromium.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
