package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.kepu.content.article.Articles;
import org.kepu.portal.image.HostileImages;
import org.kepu.portal.image.ImageSettings;
import org.kepu.portal.image.StoredImages;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** An editor gives an article a cover through the editor's own endpoints; readers get it in every size. */
class ArticleCoverIntegrationTests extends PortalIntegrationTest {

    @Autowired
    Articles articles;

    @Autowired
    StoredImages images;

    @Autowired
    ImageSettings imageSettings;

    @Test
    void aDecompressionBombAsArticleImageIsStoredFromABoundedRasterAndAHugeHeaderIsRefusedUndecoded() throws Exception {
        HttpClient editor =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(editor);
        String token = csrf(send(editor, HttpRequest.newBuilder(uri("/editor/articles/new")))
                .body());
        long decodes = images.decodes();

        HttpResponse<String> bomb = upload(editor, token, HostileImages.pngBomb(), "一张很小却很大的图片");

        assertThat(bomb.statusCode()).as(bomb.body()).isEqualTo(201);
        assertThat(images.decodes()).isEqualTo(decodes + 1);
        assertThat(images.largestRaster())
                .isLessThanOrEqualTo(imageSettings.maxDecodedSize().toBytes())
                .isLessThan(HostileImages.BOMB_FULL_RASTER / 8);
        String id = json.readTree(bomb.body()).path("id").asString();
        assertThat(get("/media/images/" + id + "/1600.jpg").statusCode()).isEqualTo(200);

        HttpResponse<String> huge = upload(editor, token, HostileImages.gifOfHugeFrame(), "四十亿像素");
        assertThat(huge.statusCode()).isEqualTo(422);
        assertThat(json.readTree(huge.body()).path("detail").asString()).contains("图片尺寸太大");
        assertThat(images.decodes()).isEqualTo(decodes + 1);
    }

    @Test
    void uploadedCoverShowsOnTheHomeCardWithSrcsetAndAsOpenGraphImage() throws Exception {
        HttpClient editor =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(editor);
        String token = csrf(send(editor, HttpRequest.newBuilder(uri("/editor/articles/new")))
                .body());

        // 1200 px wide: the upload keeps a 480 and a 960 variant, no 1600
        HttpResponse<String> uploaded = upload(editor, token, png(1200, 675), "风电场的风机在草原上转动");
        assertThat(uploaded.statusCode()).isEqualTo(201);
        JsonNode image = json.readTree(uploaded.body());
        String id = image.path("id").asString();
        assertThat(upload(editor, token, png(800, 450), " ").statusCode())
                .as("a cover without alt text is refused")
                .isEqualTo(422);

        String title = "风电场探访" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> saved = send(
                editor,
                HttpRequest.newBuilder(uri("/editor/articles"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("title=" + encode(title)
                                + "&summary=" + encode("走进伊金霍洛旗的风电场，了解风能怎样变成电。")
                                + "&body="
                                + encode("风从草原上吹过。\n\n" + image.path("markdown").asString())
                                + "&coverKey=" + encode(image.path("cover").asString())
                                + "&audiences=youth&_csrf=" + encode(token))));
        assertThat(saved.statusCode()).isEqualTo(302);
        Matcher edit = Pattern.compile("/editor/articles/(\\d+)/edit")
                .matcher(saved.headers().firstValue("Location").orElseThrow());
        assertThat(edit.find()).isTrue();
        long articleId = Long.parseLong(edit.group(1));
        articles.publish(articleId);

        String srcset = "/media/images/" + id + "/480.jpg 480w, /media/images/" + id + "/960.jpg 960w";
        String home = get("/").body();
        String card = home.substring(home.lastIndexOf("<div class=\"card ", home.indexOf(title)), home.indexOf(title));
        assertThat(card)
                .contains("srcset=\"" + srcset + "\"")
                .contains("width=\"960\"", "height=\"540\"")
                .contains("alt=\"风电场的风机在草原上转动\"");

        String page = get("/articles/" + articleId).body();
        assertThat(page)
                .containsPattern("<meta property=\"og:image\" content=\"[^\"]*/media/images/" + id + "/960\\.jpg\">")
                .as("the body image carries the variants too")
                .contains("srcset=\"" + srcset.replace(", ", " , ") + "\"");
        assertThat(get("/media/images/" + id + "/480.jpg").statusCode()).isEqualTo(200);

        // the index catches up through the job queue
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(get("/search?q=" + encode(title)).body())
                                .as("search results show the cover too")
                                .contains("srcset=\"" + srcset + "\""));
    }

    private HttpResponse<String> upload(HttpClient client, String token, byte[] png, String alt) throws Exception {
        String boundary = "----kepu" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\n" + alt + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cover.png\""
                        + "\r\nContent-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                client,
                HttpRequest.newBuilder(uri("/editor/images"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("X-CSRF-TOKEN", token)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x3a7bd5));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(HttpClient client) throws Exception {
        String login = send(client, HttpRequest.newBuilder(uri("/login"))).body();
        HttpResponse<String> done = send(
                client,
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password="
                                + encode(ADMIN_PASSWORD) + "&_csrf=" + encode(csrf(login)))));
        assertThat(done.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private static String csrf(String page) {
        Matcher meta =
                Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(page);
        assertThat(meta.find()).as("a CSRF token on the page").isTrue();
        return meta.group(1);
    }
}
