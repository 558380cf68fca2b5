package com.intervo.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a rendered PDF says, read back with PDFBox, so tests assert the text a customer reads, not magic bytes. */
public final class Pdfs {

    private Pdfs() {}

    /** The document's text with every run of white space (line breaks included) folded to one space. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ")
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }
}
