package org.kepu.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who runs the site, printed in the footer of every page as government sites must show it.
 *
 * @param operator the 主办单位, e.g. 伊金霍洛旗科学技术协会
 * @param contact the 联系方式 readers can use (a telephone number, an address or an e-mail)
 * @param icp the ICP 备案号; linked to the MIIT register
 * @param operatorMn the 主办单位 in Mongolian, for the Mongolian pages; blank: the Chinese one, marked Chinese
 * @param contactMn the 联系方式 in Mongolian, likewise
 */
@Validated
@ConfigurationProperties("kepu.site")
public record SiteOperator(
        @DefaultValue("伊金霍洛旗科学技术协会") @NotBlank @Size(max = 100)
        String operator,

        @DefaultValue("电话 0477-8611234 · 内蒙古鄂尔多斯市伊金霍洛旗阿勒腾席热镇") @NotBlank @Size(max = 200)
        String contact,

        @DefaultValue("蒙ICP备00000000号-1") @NotBlank @Size(max = 60)
        String icp,

        @DefaultValue("ᠡᠵᠡᠨ ᠬᠣᠷᠣᠭ᠎ᠠ ᠬᠣᠰᠢᠭᠤᠨ ᠤ ᠰᠢᠨᠵᠢᠯᠡᠬᠦ ᠤᠬᠠᠭᠠᠨ ᠲᠸᠬᠨᠢᠭ ᠦᠨ ᠨᠡᠢᠭᠡᠮᠯᠢᠭ") @Size(max = 200)
        String operatorMn,

        @DefaultValue("ᠤᠲᠠᠰᠤ 0477-8611234 · ᠥᠪᠥᠷ ᠮᠣᠩᠭᠣᠯ ᠣᠷᠳᠣᠰ ᠬᠣᠲᠠ ᠡᠵᠡᠨ ᠬᠣᠷᠣᠭ᠎ᠠ ᠬᠤᠰᠢᠭᠤ ᠠᠯᠲᠠᠨ ᠱᠢᠷᠡᠭᠡ ᠪᠠᠯᠭᠠᠰᠤ")
        @Size(max = 300)
        String contactMn) {

    /** Whether a page in {@code lang} shows the Mongolian 主办单位 and 联系方式. */
    public boolean mongolianFor(String lang) {
        return "mn".equals(lang) && operatorMn != null && !operatorMn.isBlank();
    }
}
