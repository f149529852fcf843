package org.republish.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * A recipe's or a how-to's ingredients (supplies and tools) and steps, as the
 * page itself lists them in its schema.org {@code Recipe} or {@code HowTo}
 * (JSON-LD). Such sites set them in boxes of their own, apart from the text
 * around them, where extraction often leaves them, or render them from
 * script data alone; a recipe without its ingredients is no recipe. When the
 * extracted content holds fewer than half of them, they are added: the
 * ingredients before the text (the page's own ingredient box when it has
 * one, else a list of the JSON-LD's), the steps as a numbered list after it,
 * and, when the steps were missing too, the work's description before all.
 */
final class RecipeParts {

    /** schema.org's Recipe is a kind of HowTo: its recipeInstructions are a HowTo's steps. */
    private static final Pattern RECIPE_OR_HOW_TO = Pattern.compile("Recipe|HowTo");

    /** Where recipe plugins and sites keep the ingredients, by the names they give the box. */
    private static final String INGREDIENT_BOX = "[class~=(?i)ingredient|zutat|sk[lł]adnik|ingr[eé]dient],"
            + " [id~=(?i)ingredient|zutat|sk[lł]adnik|ingr[eé]dient]";

    private RecipeParts() {
    }

    static void complete(Element content, Document page) {
        JsonNode work = JsonLdArticle.firstOfType(page, RECIPE_OR_HOW_TO);
        if (work == null) {
            return;
        }
        String have = normalise(content.text());
        // after the work's name, when the text opens with it
        Element name = content.selectFirst("h1, h2");
        if (name != null && (name.text().isBlank() || !content.text().startsWith(name.text()))) {
            name = null;
        }
        Element after = name;
        List<String> ingredients = strings(work.get("recipeIngredient"));
        if (ingredients.isEmpty()) {
            ingredients = strings(work.get("ingredients"));
        }
        if (ingredients.isEmpty()) {
            ingredients = strings(work.get("supply"));
            ingredients.addAll(strings(work.get("tool")));
        }
        if (ingredients.size() >= 2 && mostlyUnlisted(ingredients, content)) {
            Element box = ingredientBox(page, ingredients);
            if (box == null) {
                box = new Element("ul");
                for (String i : ingredients) {
                    box.appendElement("li").text(i);
                }
            }
            after = insertAfter(content, after, box);
        }
        List<String> steps = new ArrayList<>();
        addSteps(work.get("recipeInstructions"), steps);
        if (steps.isEmpty()) {
            addSteps(work.get("step"), steps);
        }
        if (!steps.isEmpty() && mostlyMissing(steps, have)) {
            Element list = content.appendElement("ol");
            steps.forEach(s -> list.appendElement("li").text(s));
            // the page held none of the work's text: its introduction is missing too
            List<String> description = paragraphs(work.get("description"));
            if (mostlyMissing(description, have)) {
                // before the ingredients, after the name
                Element at = name;
                for (String p : description) {
                    at = insertAfter(content, at, new Element("p").text(p));
                }
            }
        }
    }

    /** Puts {@code block} after {@code anchor}, or first in the content when there is none; the block is the new anchor. */
    private static Element insertAfter(Element content, Element anchor, Element block) {
        if (anchor != null) {
            anchor.after(block);
        } else {
            content.prependChild(block);
        }
        return block;
    }

    /** A description's paragraphs: sites give it as text or as HTML of several paragraphs. */
    private static List<String> paragraphs(JsonNode description) {
        List<String> out = new ArrayList<>();
        if (description == null || !description.isTextual()) {
            return out;
        }
        Element fragment = Jsoup.parseBodyFragment(description.asText()).body();
        List<Element> blocks = fragment.select("p, li");
        if (blocks.isEmpty()) {
            addText(out, fragment.text());
        } else {
            blocks.forEach(b -> addText(out, b.text()));
        }
        return out;
    }

    /**
     * A copy of the page's own box of ingredients, the smallest one named so that holds nearly all of them:
     * it keeps the groups the list has ("Für den Mürbeteig:") and the page's wording, which the JSON-LD list
     * loses. Its controls (serving calculators, shopping-list buttons) stay behind.
     */
    private static Element ingredientBox(Document page, List<String> ingredients) {
        Element best = null;
        int bestLength = Integer.MAX_VALUE;
        for (Element e : page.select(INGREDIENT_BOX)) {
            String text = squeezed(e.text());
            long present = ingredients.stream().filter(i -> text.contains(squeezed(i))).count();
            if (present * 10 >= ingredients.size() * 9L && text.length() < bestLength) {
                best = e;
                bestLength = text.length();
            }
        }
        if (best == null) {
            return null;
        }
        Element copy = PagePreparation.withoutHidden(best);
        copy.select("form, button, input, select, textarea, script, style, noscript, template, svg").remove();
        // what stood beside the controls ("für" before a servings field) holds no ingredient and leaves too
        for (Node n : new ArrayList<>(copy.childNodes())) {
            String text = squeezed(n instanceof Element e ? e.text() : n.outerHtml());
            boolean heading = n instanceof Element e && e.is("h1, h2, h3, h4, h5, h6");
            if (!heading && !text.isEmpty() && ingredients.stream().noneMatch(i -> text.contains(squeezed(i)))) {
                n.remove();
            }
        }
        return copy;
    }

    /** Lower case, no white space: "Mandarine(n) , je ca." in the JSON-LD is "Mandarine(n), je ca." on the page. */
    private static String squeezed(String s) {
        return s.replaceAll("[\\s\u00a0]+", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Whether fewer than half the ingredients stand in a line of their own (a list item, a table row, a short
     * paragraph): "dynia" and "sól" are in any description of the dish, and that is no list of ingredients.
     */
    private static boolean mostlyUnlisted(List<String> ingredients, Element content) {
        List<String> lines = content.select("li, tr, p, dd, dt").stream().map(e -> normalise(e.text())).toList();
        long listed = ingredients.stream().map(RecipeParts::normalise)
                .filter(i -> lines.stream().anyMatch(l -> l.contains(i) && l.length() <= 3 * i.length() + 30))
                .count();
        return listed * 2 < ingredients.size();
    }

    private static boolean mostlyMissing(List<String> parts, String have) {
        long present = parts.stream().filter(p -> have.contains(normalise(p))).count();
        return present * 2 < parts.size();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                if (n.isTextual()) {
                    addText(out, n.asText());
                } else if (n.isObject() && n.path("name").isTextual()) {
                    // a HowToSupply or HowToTool
                    addText(out, n.get("name").asText());
                }
            }
        } else if (node.isTextual()) {
            addText(out, node.asText());
        }
        return out;
    }

    /** Steps as text, HowToStep objects, or HowToSections of steps. */
    private static void addSteps(JsonNode node, List<String> steps) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                addSteps(n, steps);
            }
        } else if (node.isTextual()) {
            for (String line : node.asText().split("\\r?\\n")) {
                addText(steps, line);
            }
        } else if (node.isObject()) {
            if (node.has("itemListElement")) {
                addSteps(node.get("itemListElement"), steps);
            } else if (node.get("text") != null && node.get("text").isTextual()) {
                addText(steps, node.get("text").asText());
            }
        }
    }

    /** Text as a reader sees it: markup and entities that sites leave in JSON-LD strings resolved. */
    private static void addText(List<String> out, String raw) {
        String text = Parser.unescapeEntities(raw.replaceAll("<[^>]*>", " "), false).replaceAll("[\\s\u00a0]+", " ").strip();
        if (!text.isEmpty()) {
            out.add(text);
        }
    }

    private static String normalise(String s) {
        return s.replaceAll("[\\s\u00a0]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
