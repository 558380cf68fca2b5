package com.intervo.technician.ui;

import android.content.Context;
import android.graphics.Bitmap;
import android.graphics.Canvas;
import android.graphics.Color;
import android.graphics.Paint;
import android.graphics.Path;
import android.util.AttributeSet;
import android.view.MotionEvent;
import android.view.View;
import java.io.ByteArrayOutputStream;

/** The customer signs with a finger; the strokes become a PNG on white. */
public class SignatureView extends View {

    private final Path path = new Path();
    private final Paint ink = new Paint(Paint.ANTI_ALIAS_FLAG);
    private boolean signed;

    public SignatureView(Context context, AttributeSet attrs) {
        super(context, attrs);
        ink.setColor(Color.rgb(0x10, 0x20, 0x60));
        ink.setStyle(Paint.Style.STROKE);
        ink.setStrokeJoin(Paint.Join.ROUND);
        ink.setStrokeCap(Paint.Cap.ROUND);
        ink.setStrokeWidth(4 * getResources().getDisplayMetrics().density);
        setBackgroundColor(Color.WHITE);
    }

    @Override
    protected void onDraw(Canvas canvas) {
        super.onDraw(canvas);
        canvas.drawPath(path, ink);
    }

    @Override
    public boolean onTouchEvent(MotionEvent event) {
        float x = event.getX();
        float y = event.getY();
        switch (event.getActionMasked()) {
            case MotionEvent.ACTION_DOWN:
                path.moveTo(x, y);
                getParent().requestDisallowInterceptTouchEvent(true);
                return true;
            case MotionEvent.ACTION_MOVE:
                for (int i = 0; i < event.getHistorySize(); i++) {
                    path.lineTo(event.getHistoricalX(i), event.getHistoricalY(i));
                }
                path.lineTo(x, y);
                signed = true;
                invalidate();
                return true;
            case MotionEvent.ACTION_UP:
                path.lineTo(x, y);
                signed = true;
                invalidate();
                return true;
            default:
                return super.onTouchEvent(event);
        }
    }

    /** Adds a stroke (tests and accessibility tools draw without a finger). */
    public void stroke(float[] points) {
        path.moveTo(points[0], points[1]);
        for (int i = 2; i + 1 < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        signed = true;
        invalidate();
    }

    public boolean isSigned() {
        return signed;
    }

    public void clear() {
        path.reset();
        signed = false;
        invalidate();
    }

    /** The signature as PNG bytes, the size of the pad. */
    public byte[] png() {
        int w = Math.max(getWidth(), 1);
        int h = Math.max(getHeight(), 1);
        Bitmap bitmap = Bitmap.createBitmap(w, h, Bitmap.Config.ARGB_8888);
        Canvas canvas = new Canvas(bitmap);
        canvas.drawColor(Color.WHITE);
        canvas.drawPath(path, ink);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bitmap.compress(Bitmap.CompressFormat.PNG, 100, out);
        bitmap.recycle();
        return out.toByteArray();
    }
}
