package org.kepu.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kepu.content.reference.Audiences;
import org.kepu.content.reference.Towns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DatabaseTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    Towns towns;

    @Autowired
    Audiences audiences;

    @Test
    void runsOnTheDatabaseTheBuildAskedFor() throws SQLException {
        // .ci/run sets this for its PostgreSQL pass, so that pass cannot silently run on H2.
        String expected = System.getenv().getOrDefault("KEPU_EXPECT_DATABASE", "H2");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
        }
    }

    @Test
    void migrationsSeedTheSevenTownsAndTheDevelopmentZone() {
        assertThat(towns.findAllByOrderBySortOrder())
                .extracting(t -> t.name())
                .containsExactly("阿勒腾席热镇", "乌兰木伦镇", "伊金霍洛镇", "纳林陶亥镇", "红庆河镇", "札萨克镇", "苏布尔嘎镇", "蒙苏经济开发区");
    }

    @Test
    void migrationsSeedTheFiveAudiences() {
        assertThat(audiences.findAllByOrderBySortOrder())
                .extracting(a -> a.name())
                .containsExactly("青少年", "农牧民", "产业工人", "老年人", "领导干部和公务员");
        assertThat(audiences.findByName("老年人")).get().extracting(a -> a.code()).isEqualTo("elderly");
    }
}
