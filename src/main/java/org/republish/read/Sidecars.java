package org.republish.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.republish.model.Article;
import org.republish.model.LicenseEvidence;
import org.republish.model.Notice;
import org.republish.model.PublishException;

/**
 * Metadata kept beside an input rather than in it: {@code essay.yaml} (or
 * {@code .yml}) next to {@code essay.md} holds the same keys as front matter
 * and overrides what the article itself says. Editors use it to supply what
 * a held article lacks (a licence, say) without touching the article.
 */
final class Sidecars {

    private Sidecars() {
    }

    /** The sidecar file for an input, if there is one. */
    static Path find(InputDocument input) {
        if (input.folder() == null) {
            return null;
        }
        for (String ext : new String[] {".yaml", ".yml"}) {
            Path p = input.folder().resolve(input.baseName() + ext);
            if (Files.isRegularFile(p) && !p.getFileName().toString().equals(input.fileName())) {
                return p;
            }
        }
        return null;
    }

    static Article apply(Article article, InputDocument input) throws PublishException {
        Path sidecar = find(input);
        if (sidecar == null) {
            return article;
        }
        if (Files.isSymbolicLink(sidecar)) {
            throw new PublishException("The metadata file " + sidecar.getFileName() + " beside " + input.fileName()
                    + " is a symbolic link, which is never read (a link could expose any file the service can read). "
                    + "Put the metadata file itself beside the article and drop the article again.");
        }
        String yaml;
        try {
            yaml = Files.readString(sidecar, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PublishException("The metadata file " + sidecar.getFileName() + " beside " + input.fileName()
                    + " could not be read (" + e.getMessage() + "). Save it as UTF-8 text.", e);
        }
        Map<String, Object> values = FrontMatter.parseYaml(yaml, sidecar.getFileName().toString());
        return article.withMeta(FrontMatter.apply(values, article.meta().toBuilder(), LicenseEvidence.Place.EDITOR).build())
                .withNotice(Notice.info("read.sidecar", "Metadata from " + sidecar.getFileName() + " applied: "
                        + String.join(", ", values.keySet()) + "."));
    }
}
