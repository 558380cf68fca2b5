package com.intervo.kernel.customization;

import java.util.Locale;

/**
 * Text on a status colour: black or white, whichever contrasts more (WCAG 2 relative luminance), so a badge is
 * readable (at least 4.5:1) whatever colour an admin picked. Colours are {@code #rrggbb}; anything else counts as
 * the neutral grey statuses get by default.
 */
public final class StatusColours {

    public static final String BLACK = "#000000";
    public static final String WHITE = "#ffffff";
    public static final String NEUTRAL = "#607d8b";

    private StatusColours() {}

    /** The text colour for a badge of this background. */
    public static String textOn(String background) {
        String bg = valid(background);
        return contrast(BLACK, bg) >= contrast(WHITE, bg) ? BLACK : WHITE;
    }

    /** The colour drawn with only {@code alpha} of its strength on white (a light tint of a status colour). */
    public static String tint(String colour, double alpha) {
        int[] c = rgb(valid(colour));
        StringBuilder hex = new StringBuilder("#");
        for (int channel : c) {
            hex.append(String.format(Locale.ROOT, "%02x", (int) Math.round(channel * alpha + 255 * (1 - alpha))));
        }
        return hex.toString();
    }

    /** WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white). */
    public static double contrast(String a, String b) {
        double la = luminance(valid(a));
        double lb = luminance(valid(b));
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance. */
    public static double luminance(String colour) {
        int[] c = rgb(valid(colour));
        return 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static String valid(String colour) {
        return colour != null && colour.strip().matches("#[0-9a-fA-F]{6}") ? colour.strip() : NEUTRAL;
    }

    private static int[] rgb(String hex) {
        return new int[] {
            Integer.parseInt(hex.substring(1, 3), 16),
            Integer.parseInt(hex.substring(3, 5), 16),
            Integer.parseInt(hex.substring(5, 7), 16)
        };
    }
}
