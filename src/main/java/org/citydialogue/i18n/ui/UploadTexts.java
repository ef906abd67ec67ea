package org.citydialogue.i18n.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload field's own words (its button, drop hint and refusals) in the user's language, not Vaadin's English. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static void apply(Upload upload) {
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add.one"))
                        .setMany(upload.getTranslation("upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop.one"))
                        .setMany(upload.getTranslation("upload.drop.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.error.too-many"))
                        .setFileIsTooBig(upload.getTranslation("upload.error.too-big"))
                        .setIncorrectFileType(upload.getTranslation("upload.error.type"))));
    }
}
