package org.kepu.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTests {

    @Test
    void countsTheFewestSingleCharacterEditsBetweenTwoTexts() {
        assertThat(EditDistance.between("应急壁险", "应急避险")).isEqualTo(1);
        assertThat(EditDistance.between("阿镇", "阿勒腾席热镇")).isEqualTo(4);
        assertThat(EditDistance.between("", "札萨克镇")).isEqualTo(4);
        assertThat(EditDistance.between("科普", "科普")).isZero();
    }
}
