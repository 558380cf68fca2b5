package com.intervo.dispatch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/** The images a PDF draws and the size they print at (PDFBox reads the page's drawing operations). */
public final class PdfImages {

    /** One image as printed: its own pixels and its size on the page. */
    public record Placed(int pixelWidth, int pixelHeight, double widthMm, double heightMm) {}

    private PdfImages() {}

    /** Keeps a rendered PDF under target/pdf-samples for a look with pdftoppm. */
    public static void keep(String name, byte[] pdf) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "pdf-samples");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), pdf);
    }

    public static List<Placed> placed(byte[] pdf) throws IOException {
        List<Placed> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                new Engine(found).processPage(page);
            }
        }
        return found;
    }

    private static final class Engine extends PDFStreamEngine {

        private final List<Placed> found;

        Engine(List<Placed> found) {
            this.found = found;
            addOperator(new Concatenate(this));
            addOperator(new DrawObject(this));
            addOperator(new SetGraphicsStateParameters(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new SetMatrix(this));
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ("Do".equals(operator.getName()) && !operands.isEmpty() && operands.getFirst() instanceof COSName name) {
                PDXObject object = getResources().getXObject(name);
                if (object instanceof PDImageXObject image) {
                    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                    found.add(new Placed(
                            image.getWidth(),
                            image.getHeight(),
                            ctm.getScalingFactorX() / 72 * 25.4,
                            ctm.getScalingFactorY() / 72 * 25.4));
                    return;
                }
                if (object instanceof PDFormXObject form) {
                    showForm(form);
                    return;
                }
            }
            super.processOperator(operator, operands);
        }
    }
}
