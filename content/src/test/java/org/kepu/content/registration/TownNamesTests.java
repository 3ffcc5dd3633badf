package org.kepu.content.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kepu.content.reference.Town;

class TownNamesTests {

    final TownNames towns = new TownNames(List.of(
            new Town("altanxiret", "阿勒腾席热镇", 1),
            new Town("ulanmulun", "乌兰木伦镇", 2),
            new Town("ejinhoro", "伊金霍洛镇", 3),
            new Town("narlintaohai", "纳林陶亥镇", 4),
            new Town("hongqinghe", "红庆河镇", 5),
            new Town("jasag", "札萨克镇", 6),
            new Town("subuerga", "苏布尔嘎镇", 7),
            new Town("mengsu", "蒙苏经济开发区", 8)));

    @Test
    void resolvesNamesAndCodesIgnoringSpacesAndWidth() {
        assertThat(towns.resolve(" 乌兰木伦镇 ")).get().extracting(Town::code).isEqualTo("ulanmulun");
        assertThat(towns.resolve("ULANMULUN")).get().extracting(Town::code).isEqualTo("ulanmulun");
        assertThat(towns.resolve("乌兰木伦")).isEmpty();
    }

    @Test
    void suggestsTheClosestName() {
        assertThat(towns.closest("乌兰木伦").name()).isEqualTo("乌兰木伦镇");
        assertThat(towns.closest("扎萨克镇").name()).isEqualTo("札萨克镇");
        assertThat(towns.closest("蒙苏开发区").name()).isEqualTo("蒙苏经济开发区");
        assertThat(towns.closest("纳林镇").name()).isEqualTo("纳林陶亥镇");
    }
}
