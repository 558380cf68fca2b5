package com.intervo.technician;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

import android.Manifest;
import android.app.Notification;
import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.graphics.Canvas;
import android.graphics.Color;
import android.graphics.Paint;
import android.location.LocationManager;
import com.intervo.technician.duty.DutyService;
import com.intervo.technician.ui.Photos;
import java.io.File;
import java.io.FileOutputStream;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.android.controller.ServiceController;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.shadows.ShadowLocationManager;

/** Photos are shrunk before they are queued; location is tracked on duty only, at the workspace's interval. */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = 34, application = TestTechnicianApp.class)
public class PhotosAndDutyTest {

    @Test
    public void aCameraPhotoIsMadeSmallBeforeItIsQueued() throws Exception {
        TechnicianApp app = Fixtures.signedIn();
        Bitmap big = Bitmap.createBitmap(4000, 3000, Bitmap.Config.ARGB_8888);
        Canvas canvas = new Canvas(big);
        canvas.drawColor(Color.WHITE);
        Paint paint = new Paint();
        paint.setColor(Color.BLUE);
        paint.setTextSize(300);
        canvas.drawText("SN 21163500100253", 100, 1500, paint);
        File raw = new File(Photos.rawDir(app), "raw.jpg");
        try (FileOutputStream out = new FileOutputStream(raw)) {
            big.compress(Bitmap.CompressFormat.JPEG, 95, out);
        }

        File small = Photos.compress(raw, Photos.outboxDir(app));
        BitmapFactory.Options bounds = new BitmapFactory.Options();
        bounds.inJustDecodeBounds = true;
        BitmapFactory.decodeFile(small.getPath(), bounds);
        assertThat(Math.max(bounds.outWidth, bounds.outHeight)).isLessThanOrEqualTo(1600);
        assertThat(bounds.outWidth).as("the shape is kept").isGreaterThan(bounds.outHeight);
        assertThat(small.length()).isLessThan(raw.length());

        File notAPicture = new File(Photos.rawDir(app), "text.jpg");
        java.nio.file.Files.writeString(notAPicture.toPath(), "not a picture");
        assertThat(Photos.compress(notAPicture, Photos.outboxDir(app))).isNull();
    }

    @Test
    public void onDutyTheServiceTracksAtTheWorkspaceIntervalAndStopsWhenOffDuty() {
        TechnicianApp app = Fixtures.signedIn();
        app.prefs().edit().putInt("locationIntervalSeconds", 30).commit();
        shadowOf(app).grantPermissions(Manifest.permission.ACCESS_FINE_LOCATION);
        ShadowLocationManager locations = shadowOf(app.getSystemService(LocationManager.class));
        locations.setProviderEnabled(LocationManager.GPS_PROVIDER, true);
        app.onDuty(true);

        ServiceController<DutyService> duty =
                Robolectric.buildService(DutyService.class).create().startCommand(0, 1);
        Notification persistent = shadowOf(duty.get()).getLastForegroundNotification();
        assertThat(persistent).isNotNull();
        assertThat(persistent.extras.getString(Notification.EXTRA_TEXT)).contains("30 s");
        assertThat(locations.getLocationUpdateListeners(LocationManager.GPS_PROVIDER))
                .containsExactly(duty.get());
        assertThat(locations
                        .getLocationRequests(LocationManager.GPS_PROVIDER)
                        .get(0)
                        .getIntervalMillis())
                .isEqualTo(30_000);

        duty.destroy();
        assertThat(locations.getLocationUpdateListeners()).isEmpty();
    }

    @Test
    public void offDutyNothingIsTracked() {
        TechnicianApp app = Fixtures.signedIn();
        shadowOf(app).grantPermissions(Manifest.permission.ACCESS_FINE_LOCATION);
        app.onDuty(false);
        ServiceController<DutyService> duty =
                Robolectric.buildService(DutyService.class).create().startCommand(0, 1);
        assertThat(shadowOf(duty.get()).isStoppedBySelf()).isTrue();
        assertThat(shadowOf(app.getSystemService(LocationManager.class)).getLocationUpdateListeners())
                .isEmpty();
    }
}
