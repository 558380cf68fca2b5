package com.intervo.technician.ui;

import android.content.Context;
import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.graphics.Matrix;
import android.media.ExifInterface;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.UUID;

/** Photos from the camera made small enough to send over a poor mobile network before they are queued. */
public final class Photos {

    /** The longest side kept: enough to read a type plate. */
    static final int MAX_SIDE = 1600;

    static final int JPEG_QUALITY = 80;

    private Photos() {}

    /** Where the camera writes (private to the app, shared with the camera through {@link PhotoProvider}). */
    public static File rawDir(Context context) {
        File dir = new File(context.getFilesDir(), "camera");
        dir.mkdirs();
        return dir;
    }

    /** Where queued photos and signatures wait until the server has them. */
    public static File outboxDir(Context context) {
        File dir = new File(context.getFilesDir(), "outbox");
        dir.mkdirs();
        return dir;
    }

    /** A JPEG of at most {@link #MAX_SIDE} pixels, turned upright; null when the file is not a picture. */
    public static File compress(File raw, File dir) {
        BitmapFactory.Options bounds = new BitmapFactory.Options();
        bounds.inJustDecodeBounds = true;
        BitmapFactory.decodeFile(raw.getPath(), bounds);
        if (bounds.outWidth <= 0 || bounds.outHeight <= 0) {
            return null;
        }
        BitmapFactory.Options options = new BitmapFactory.Options();
        options.inSampleSize = sampleSize(bounds.outWidth, bounds.outHeight);
        Bitmap bitmap = BitmapFactory.decodeFile(raw.getPath(), options);
        if (bitmap == null) {
            return null;
        }
        float scale = Math.min(1f, (float) MAX_SIDE / Math.max(bitmap.getWidth(), bitmap.getHeight()));
        Matrix matrix = new Matrix();
        matrix.postScale(scale, scale);
        matrix.postRotate(rotation(raw));
        Bitmap upright = Bitmap.createBitmap(bitmap, 0, 0, bitmap.getWidth(), bitmap.getHeight(), matrix, true);
        File out = new File(dir, UUID.randomUUID() + ".jpg");
        try (FileOutputStream stream = new FileOutputStream(out)) {
            upright.compress(Bitmap.CompressFormat.JPEG, JPEG_QUALITY, stream);
        } catch (IOException e) {
            out.delete();
            return null;
        } finally {
            if (upright != bitmap) {
                upright.recycle();
            }
            bitmap.recycle();
        }
        return out;
    }

    /** The power of two that brings the picture to at most twice the kept size (decoding less memory). */
    static int sampleSize(int width, int height) {
        int sample = 1;
        while (Math.max(width, height) / (sample * 2) >= MAX_SIDE) {
            sample *= 2;
        }
        return sample;
    }

    private static int rotation(File raw) {
        try {
            int orientation = new ExifInterface(raw.getPath())
                    .getAttributeInt(ExifInterface.TAG_ORIENTATION, ExifInterface.ORIENTATION_NORMAL);
            switch (orientation) {
                case ExifInterface.ORIENTATION_ROTATE_90:
                    return 90;
                case ExifInterface.ORIENTATION_ROTATE_180:
                    return 180;
                case ExifInterface.ORIENTATION_ROTATE_270:
                    return 270;
                default:
                    return 0;
            }
        } catch (IOException e) {
            return 0;
        }
    }
}
