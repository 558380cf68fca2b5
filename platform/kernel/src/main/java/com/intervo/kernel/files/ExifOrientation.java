package com.intervo.kernel.files;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

/**
 * The EXIF orientation tag (TIFF tag 274) of a JPEG (APP1 "Exif"), a WebP ({@code EXIF} chunk) or a PNG
 * ({@code eXIf} chunk), and turning a picture upright by it. Phones store a portrait photo as the sensor saw it and
 * record the turn in this tag. Reads only the few bytes it needs; anything malformed counts as "upright" (1).
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;
    private static final int TAG_ORIENTATION = 0x0112;

    private ExifOrientation() {}

    /** The orientation 1..8 found in the file, 1 when there is none (or it cannot be read). */
    static int of(byte[] bytes, String mediaType) {
        try {
            int tiff = switch (mediaType) {
                case FileContent.JPEG -> jpegExif(bytes);
                case FileContent.WEBP -> riffExif(bytes);
                case FileContent.PNG -> pngExif(bytes);
                default -> -1;
            };
            if (tiff < 0) {
                return UPRIGHT;
            }
            int value = tiffOrientation(bytes, tiff);
            return value >= 1 && value <= 8 ? value : UPRIGHT;
        } catch (IndexOutOfBoundsException e) {
            return UPRIGHT;
        }
    }

    /** Orientations 5..8 turn by a quarter: the seen width is the stored height. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The picture as it should be seen. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= UPRIGHT || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> {
                t.translate(w, 0);
                t.scale(-1, 1);
            }
            case 3 -> {
                t.translate(w, h);
                t.rotate(Math.PI);
            }
            case 4 -> {
                t.translate(0, h);
                t.scale(1, -1);
            }
            case 5 -> {
                t.rotate(-Math.PI / 2);
                t.scale(-1, 1);
            }
            case 6 -> {
                t.translate(h, 0);
                t.rotate(Math.PI / 2);
            }
            case 7 -> {
                t.scale(-1, 1);
                t.translate(-h, 0);
                t.translate(0, w);
                t.rotate(3 * Math.PI / 2);
            }
            case 8 -> {
                t.translate(0, w);
                t.rotate(3 * Math.PI / 2);
            }
            default -> {}
        }
        boolean swap = swapsSides(orientation);
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Offset of the TIFF header inside a JPEG's APP1 "Exif\0\0" segment, or -1. */
    private static int jpegExif(byte[] b) {
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                return -1; // image data begins: no EXIF before it
            }
            int length = u16(b, i + 2, true);
            if (marker == 0xE1 && length >= 8 && startsWith(b, i + 4, "Exif\0\0")) {
                return i + 10;
            }
            i += 2 + length;
        }
        return -1;
    }

    /** Offset of the TIFF header inside a WebP's EXIF chunk, or -1. */
    private static int riffExif(byte[] b) {
        int i = 12;
        while (i + 8 <= b.length) {
            int size = (int) u32(b, i + 4, false);
            if (size < 0) {
                return -1;
            }
            if (startsWith(b, i, "EXIF")) {
                int start = i + 8;
                // some writers keep the JPEG-style "Exif\0\0" prefix in the chunk
                return startsWith(b, start, "Exif\0\0") ? start + 6 : start;
            }
            i += 8 + size + (size & 1);
        }
        return -1;
    }

    /** Offset of the TIFF header inside a PNG's eXIf chunk, or -1. */
    private static int pngExif(byte[] b) {
        int i = 8;
        while (i + 8 <= b.length) {
            long size = u32(b, i, true);
            if (size < 0 || size > b.length) {
                return -1;
            }
            if (startsWith(b, i + 4, "eXIf")) {
                return i + 8;
            }
            if (startsWith(b, i + 4, "IDAT")) {
                return -1;
            }
            i += 12 + (int) size;
        }
        return -1;
    }

    private static int tiffOrientation(byte[] b, int tiff) {
        boolean bigEndian;
        if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            bigEndian = true;
        } else if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            bigEndian = false;
        } else {
            return UPRIGHT;
        }
        if (u16(b, tiff + 2, bigEndian) != 42) {
            return UPRIGHT;
        }
        long ifd = u32(b, tiff + 4, bigEndian);
        if (ifd < 8 || tiff + ifd + 2 > b.length) {
            return UPRIGHT;
        }
        int entries = tiff + (int) ifd;
        int count = u16(b, entries, bigEndian);
        for (int e = 0; e < count; e++) {
            int entry = entries + 2 + e * 12;
            if (u16(b, entry, bigEndian) == TAG_ORIENTATION) {
                return u16(b, entry + 8, bigEndian); // a SHORT, left-justified in the value field
            }
        }
        return UPRIGHT;
    }

    private static boolean startsWith(byte[] b, int offset, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.ISO_8859_1);
        if (offset < 0 || offset + expected.length > b.length) {
            return false;
        }
        for (int k = 0; k < expected.length; k++) {
            if (b[offset + k] != expected[k]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int i, boolean bigEndian) {
        return bigEndian ? ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF) : ((b[i + 1] & 0xFF) << 8) | (b[i] & 0xFF);
    }

    private static long u32(byte[] b, int i, boolean bigEndian) {
        return bigEndian
                ? ((long) (b[i] & 0xFF) << 24)
                        | ((b[i + 1] & 0xFF) << 16)
                        | ((b[i + 2] & 0xFF) << 8)
                        | (b[i + 3] & 0xFF)
                : ((long) (b[i + 3] & 0xFF) << 24)
                        | ((b[i + 2] & 0xFF) << 16)
                        | ((b[i + 1] & 0xFF) << 8)
                        | (b[i] & 0xFF);
    }
}
