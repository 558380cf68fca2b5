package com.intervo.technician;

import android.app.Activity;
import android.graphics.Bitmap;
import android.graphics.Canvas;
import android.view.View;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;

/** Saves a screen as the phone would show it (Robolectric's native graphics draw the real pixels). */
final class Screenshots {

    private Screenshots() {}

    static File save(Activity activity, String name) {
        View root = activity.getWindow().getDecorView();
        int width = root.getWidth();
        int height = root.getHeight();
        if (width == 0 || height == 0) {
            width = activity.getResources().getDisplayMetrics().widthPixels;
            height = activity.getResources().getDisplayMetrics().heightPixels;
            root.measure(
                    View.MeasureSpec.makeMeasureSpec(width, View.MeasureSpec.EXACTLY),
                    View.MeasureSpec.makeMeasureSpec(height, View.MeasureSpec.EXACTLY));
            root.layout(0, 0, width, height);
        }
        Bitmap bitmap = Bitmap.createBitmap(width, height, Bitmap.Config.ARGB_8888);
        root.draw(new Canvas(bitmap));
        File dir = new File(System.getProperty("screenshots.dir", "target/screenshots"));
        dir.mkdirs();
        File file = new File(dir, name + ".png");
        try (FileOutputStream out = new FileOutputStream(file)) {
            bitmap.compress(Bitmap.CompressFormat.PNG, 100, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }
}
