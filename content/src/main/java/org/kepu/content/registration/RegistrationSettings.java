package org.kepu.content.registration;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The 科普中国 registration tracker.
 *
 * @param maxFileSize the largest spreadsheet an officer may import; larger files are refused with a
 *     clear message (Spring's multipart limits must be at least this)
 * @param signupUrl where the public dashboard's QR code and call to action send people to register
 *     as 信息员
 * @param previewRows how many rows of a file the preview shows
 * @param maxProblems how many row-level errors and warnings an import keeps; the counts are always
 *     complete
 * @param maxRows the most rows one sheet (or CSV file) may have, header and blank rows included;
 *     far above a real town's import, it bounds the time one file costs
 * @param maxUncompressedSize the most an .xlsx workbook's parts may inflate to, all together; counted
 *     while reading, so a zip bomb costs no more than this
 * @param maxCompressionRatio the most a workbook part may inflate to per compressed byte (beyond its
 *     first megabyte); real workbooks stay far below, zip bombs far above
 */
@ConfigurationProperties("kepu.registration")
public record RegistrationSettings(
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("https://www.kepuchina.cn/") URI signupUrl,
        @DefaultValue("20") int previewRows,
        @DefaultValue("1000") int maxProblems,
        @DefaultValue("200000") int maxRows,
        @DefaultValue("200MB") DataSize maxUncompressedSize,
        @DefaultValue("100") int maxCompressionRatio) {}
