package org.kepu.portal.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

/** The production profile refuses to start without the public address, and says why. */
class ProductionBaseUrlTests {

    private final ApplicationContextRunner production = new ApplicationContextRunner()
            .withInitializer(context -> {
                try {
                    new YamlPropertySourceLoader()
                            .load("production", new ClassPathResource("application-production.yml"))
                            .forEach(source -> context.getEnvironment()
                                    .getPropertySources()
                                    .addLast(source));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            })
            .withUserConfiguration(Settings.class);

    @EnableConfigurationProperties(SiteSettings.class)
    static class Settings {}

    @Test
    void productionRefusesToStartWithoutABaseUrl() {
        production.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("kepu.site.base-url (KEPU_SITE_BASE_URL) must be set");
        });
    }

    @Test
    void productionStartsWithABaseUrlAndWritesNoHostOfItsOwn() {
        production
                .withPropertyValues("KEPU_SITE_BASE_URL=https://kepu.example.cn/")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    SiteSettings site = context.getBean(SiteSettings.class);
                    assertThat(site.baseUrl()).isEqualTo("https://kepu.example.cn");
                    assertThat(site.isHttps()).isTrue();
                });
    }

    @Test
    void theEmbeddedDefaultStartsWithoutABaseUrl() {
        new ApplicationContextRunner().withUserConfiguration(Settings.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(SiteSettings.class).allowedHosts())
                    .containsExactly("localhost", "127.0.0.1", "::1");
        });
    }
}
