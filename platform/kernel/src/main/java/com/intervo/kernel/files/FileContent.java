package com.intervo.kernel.files;

import com.intervo.kernel.errors.DomainException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Looks at a file's bytes only (never its name or declared type): magic bytes first, then images are decoded in
 * full (a truncated or corrupt image is refused, so is one larger than {@link #MAX_PIXELS} on a side, checked from
 * the header before decoding; a big one is kept in memory only at thumbnail scale). Also makes thumbnails and
 * tidies file names for display.
 */
final class FileContent {

    static final int MAX_PIXELS = 4000;
    static final int THUMBNAIL_PIXELS = 320;
    static final int MAX_NAME_CHARS = 200;
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String WEBP = "image/webp";
    static final String PDF = "application/pdf";

    /**
     * The verdict on accepted content; {@code image} is the decoded picture as stored (null for a PDF),
     * {@code orientation} its EXIF orientation (1 = upright as stored, 2..8 the TIFF values), {@code width} and
     * {@code height} as the picture is seen (after that orientation).
     */
    record Checked(String mediaType, long size, Integer width, Integer height, BufferedImage image, int orientation) {}

    private FileContent() {}

    static Checked check(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw DomainException.invalid("files.error.empty", "file");
        }
        if (bytes.length > maxBytes) {
            throw DomainException.invalid("files.error.too-big", "file", humanSize(maxBytes));
        }
        String mediaType = sniff(bytes);
        if (mediaType == null) {
            throw DomainException.invalid("files.error.type", "file");
        }
        if (PDF.equals(mediaType)) {
            return new Checked(PDF, bytes.length, null, null, null, 1);
        }
        Decoded decoded = decode(bytes, mediaType);
        int orientation = ExifOrientation.of(bytes, mediaType);
        boolean quarterTurn = ExifOrientation.swapsSides(orientation);
        return new Checked(
                mediaType,
                bytes.length,
                quarterTurn ? decoded.height() : decoded.width(),
                quarterTurn ? decoded.width() : decoded.height(),
                decoded.image(),
                orientation);
    }

    /** The media type the magic bytes announce, or null. */
    static String sniff(byte[] b) {
        if (b.length > 8
                && (b[0] & 0xFF) == 0x89
                && b[1] == 'P'
                && b[2] == 'N'
                && b[3] == 'G'
                && b[4] == 0x0D
                && b[5] == 0x0A
                && b[6] == 0x1A
                && b[7] == 0x0A) {
            return PNG;
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (b.length > 12
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return WEBP;
        }
        if (b.length > 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return PDF;
        }
        return null;
    }

    /** A picture's size, and the picture itself read at a step that keeps it just large enough for a thumbnail. */
    private record Decoded(int width, int height, BufferedImage image) {}

    /**
     * Reads every byte of the image (a cut or damaged one fails), but keeps only every n-th pixel when the picture is
     * far larger than a thumbnail: a 4000×4000 16-bit PNG would otherwise take ~128 MB and seconds to scale.
     */
    private static Decoded decode(byte[] bytes, String mediaType) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
        if (!readers.hasNext()) {
            // a type without a reader on this JVM: we cannot check it, so we do not take it
            throw DomainException.invalid("files.error.type", "file");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw DomainException.invalid("files.error.unreadable", "file");
            }
            if (width > MAX_PIXELS || height > MAX_PIXELS) {
                throw DomainException.invalid("files.error.dimensions", "file", MAX_PIXELS);
            }
            // a truncated JPEG decodes "successfully" with a warning: a warning is a refusal here
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / (2 * THUMBNAIL_PIXELS));
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (image == null || !warnings.isEmpty()) {
                throw DomainException.invalid("files.error.unreadable", "file");
            }
            return new Decoded(width, height, image);
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw DomainException.invalid("files.error.unreadable", "file");
        } finally {
            reader.dispose();
        }
    }

    /**
     * A JPEG at most {@link #THUMBNAIL_PIXELS} on its long side, same proportions, on white (for transparency),
     * turned upright by the EXIF orientation (phones store a portrait photo sideways and say so in EXIF).
     */
    static byte[] thumbnail(BufferedImage source, int orientation) {
        int width = source.getWidth();
        int height = source.getHeight();
        double scale = Math.min(1.0, (double) THUMBNAIL_PIXELS / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        BufferedImage current = source;
        // halve first while far from the target: one big bilinear step would alias
        while (current.getWidth() / 2 >= targetWidth * 2 && current.getHeight() / 2 >= targetHeight * 2) {
            current = scaled(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        // turned after scaling down: the small picture is cheap to turn, the original would need a second copy
        BufferedImage thumb = ExifOrientation.upright(scaled(current, targetWidth, targetHeight), orientation);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(thumb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage scaled(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /**
     * The uploaded name as harmless display text: no folders, no control or format characters, no characters
     * that are special in file systems, at most {@link #MAX_NAME_CHARS} characters. Never used to build a path.
     */
    static String sanitizeName(String name) {
        if (name == null) {
            return "file";
        }
        String s = name.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1);
        s = s.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "_").strip();
        if (s.isEmpty() || s.chars().allMatch(c -> c == '.' || c == '_')) {
            return "file";
        }
        if (s.codePointCount(0, s.length()) > MAX_NAME_CHARS) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_NAME_CHARS)).strip();
        }
        return s;
    }

    static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }
}
