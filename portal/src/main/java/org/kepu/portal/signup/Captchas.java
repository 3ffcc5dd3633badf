package org.kepu.portal.signup;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;
import org.kepu.content.throttle.UsedChallenges;
import org.springframework.stereotype.Component;

/**
 * Captchas drawn here, with no outside service: the answer travels sealed (AES-GCM) in a token in
 * the form, so any portal with the same key can check it and no session is needed before sign-up.
 * A token is good for one answer only, on every portal: its nonce (the AES-GCM IV, as decoded
 * bytes, so that re-encodings of one token count as one) is recorded in the database. Letters are
 * drawn from {@link DotFont}: no installed fonts needed.
 */
@Component
public class Captchas {

    // no 0/O, 1/I/L: readable for elderly eyes on a phone
    private static final String LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 4;
    private static final int IV_BYTES = 12;

    private final SecureRandom random = new SecureRandom();
    private final SecretKey key;
    private final SignupSettings settings;
    private final Clock clock;
    private final UsedChallenges used;

    Captchas(SignupSettings settings, Clock clock, UsedChallenges used) {
        this.settings = settings;
        this.clock = clock;
        this.used = used;
        byte[] bytes;
        if (settings.captchaSecret().isBlank()) {
            bytes = new byte[16];
            random.nextBytes(bytes);
        } else {
            bytes = Base64.getDecoder().decode(settings.captchaSecret().strip());
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /** A new challenge: a token to put in the form and to draw the picture from. */
    public String issue() {
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            answer.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        long expires = clock.instant().plus(settings.captchaLifetime()).toEpochMilli();
        return seal(answer + "|" + expires);
    }

    /** Whether {@code answer} solves the token's challenge; a token counts once, right or wrong. */
    public boolean check(String token, String answer) {
        if (token == null || answer == null) {
            return false;
        }
        return open(token)
                .filter(opened -> clock.millis() <= opened.expires())
                .filter(opened -> used.firstUse(
                        "captcha:" + HexFormat.of().formatHex(opened.nonce()), Instant.ofEpochMilli(opened.expires())))
                .map(opened -> opened.answer().equals(answer.strip().toUpperCase(Locale.ROOT)))
                .orElse(false);
    }

    /** The answer sealed in a token still valid; empty for a forged or expired one. */
    public Optional<String> answerOf(String token) {
        return open(token).filter(opened -> clock.millis() <= opened.expires()).map(Sealed::answer);
    }

    /** The picture of a token's answer, as PNG; a picture of "?" for a bad token. */
    public byte[] image(String token) {
        String text = answerOf(token).orElse("????");
        BufferedImage image = new BufferedImage(160, 56, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(250, 248, 240));
            g.fillRect(0, 0, 160, 56);
            for (int i = 0; i < 6; i++) {
                g.setColor(new Color(150 + random.nextInt(80), 150 + random.nextInt(80), 150 + random.nextInt(80)));
                g.setStroke(new BasicStroke(1.5f));
                g.drawLine(random.nextInt(160), random.nextInt(56), random.nextInt(160), random.nextInt(56));
            }
            for (int i = 0; i < text.length(); i++) {
                AffineTransform saved = g.getTransform();
                g.translate(16 + i * 36, 10 + random.nextInt(6));
                g.rotate((random.nextDouble() - 0.5) * 0.4, 12, 18);
                g.setColor(new Color(random.nextInt(90), random.nextInt(90), 60 + random.nextInt(100)));
                drawLetter(g, text.charAt(i));
                g.setTransform(saved);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot draw a captcha", e);
        }
        return png.toByteArray();
    }

    private static void drawLetter(Graphics2D g, char c) {
        for (int y = 0; y < DotFont.HEIGHT; y++) {
            for (int x = 0; x < DotFont.WIDTH; x++) {
                if (DotFont.dot(c, x, y)) {
                    g.fillRect(x * 5, y * 5, 5, 5);
                }
            }
        }
    }

    private String seal(String text) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** What a token holds: its nonce (the IV), the answer and when it expires (epoch ms). */
    private record Sealed(byte[] nonce, String answer, long expires) {}

    private Optional<Sealed> open(String token) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token);
            if (bytes.length <= IV_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            String text = new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            return Optional.of(new Sealed(
                    Arrays.copyOf(bytes, IV_BYTES), text.substring(0, bar), Long.parseLong(text.substring(bar + 1))));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty(); // forged, truncated or sealed with another key
        }
    }
}
