package org.republish.read;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Braces that flexmark's attributes extension took for attributes but that an
 * author meant as text. R authors write package names in braces ("the
 * {dplyr} package"); the extension reads "{dplyr}" as a bare attribute name
 * and the word would vanish. Only braces holding ids ({@code #x}), classes
 * ({@code .x}) or {@code name=value} pairs are attributes, as in pandoc;
 * any other brace group is put back as the text it was. Stateless.
 */
final class LiteralBraces {

    private LiteralBraces() {
    }

    static void restore(Document document) {
        List<AttributesNode> literal = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributesNode attributes && !isAttributeSyntax(attributes)) {
                literal.add(attributes);
            }
        }
        var repository = AttributesExtension.NODE_ATTRIBUTES.get(document);
        for (AttributesNode attributes : literal) {
            attributes.insertBefore(new Text(attributes.getChars()));
            attributes.unlink();
            // the owner of these "attributes" must not get them either (a paragraph with dplyr="")
            for (var owned : repository.values()) {
                owned.remove(attributes);
            }
        }
    }

    private static boolean isAttributeSyntax(AttributesNode attributes) {
        if (!attributes.hasChildren()) {
            return false;
        }
        for (Node child : attributes.getChildren()) {
            if (!(child instanceof AttributeNode a) || !(a.isId() || a.isClass() || a.getAttributeSeparator().isNotNull())) {
                return false;
            }
        }
        return true;
    }
}
