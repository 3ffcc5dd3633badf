package org.kepu.portal.share;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A QR code (SVG) that opens one of the site's pages on a phone. */
@Controller
class QrController {

    private final SiteUrls urls;

    QrController(SiteUrls urls) {
        this.urls = urls;
    }

    @GetMapping(path = "/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@RequestParam String path) throws WriterException {
        // only the site's own pages: the endpoint must not become a QR generator for any text
        if (!path.matches("/[A-Za-z0-9/_-]{0,200}")) {
            throw new IllegalArgumentException("Not a page of this site: " + path);
        }
        BitMatrix matrix = new QRCodeWriter()
                .encode(urls.absolute(path), BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2));
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(svg(matrix));
    }

    static String svg(BitMatrix matrix) {
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(matrix.getWidth())
                .append(' ')
                .append(matrix.getHeight())
                .append(
                        "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"");
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return svg.append("\" fill=\"#000\"/></svg>").toString();
    }
}
