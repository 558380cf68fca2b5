package com.intervo.kernel.documents;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.security.core.context.SecurityContextHolder;

/** Shared helpers of the documents tests: sign in as a fixture user, read a PDF's text, make images. */
final class DocumentsTestSupport {

    static final Locale RO = Locale.forLanguageTag("ro");
    static final Locale CS = Locale.forLanguageTag("cs");
    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale EN = Locale.ENGLISH;

    private DocumentsTestSupport() {}

    static void signIn(UserDirectory users, TenantId tenant, String username) {
        var id = TenantContext.callAs(
                tenant, () -> users.findByUsername(username).orElseThrow().getId());
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new IntervoAuthentication(users.principal(tenant, id).orElseThrow()));
    }

    /** The PDF's text with runs of white space folded to one space. */
    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int images(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        count++;
                    }
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
