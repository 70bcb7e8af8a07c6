package io.github.kvsviewer.local;

import java.security.SecureRandom;

/** Made-up credentials for a local archive started without keys, shaped like AWS ones. */
public record GeneratedKeys(String accessKey, String secretKey) {

    private static final String KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static GeneratedKeys random() {
        SecureRandom random = new SecureRandom();
        return new GeneratedKeys("AKIALOCAL" + pick(random, KEY_CHARS, 11), pick(random, SECRET_CHARS, 40));
    }

    private static String pick(SecureRandom random, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
