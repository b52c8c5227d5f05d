package org.lvzhi.domain.suggestion;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds suggestions of the same term with nearly the same content, to propose merging them (HN-5: 内容相同的，应当
 * 合并提出). Chinese has no spaces between words, so texts are compared as sets of overlapping character pairs
 * (bigrams), after dropping punctuation, spaces and the formula every title shares (关于…的建议): the similarity of two
 * texts is the Jaccard index of their bigram sets, |A ∩ B| / |A ∪ B|. A pair is proposed when its titles reach
 * {@link #TITLE_THRESHOLD} or its contents reach {@link #CONTENT_THRESHOLD}. With these thresholds,
 * 关于加快农村饮水安全工程建设的建议 and 关于加快推进农村饮水安全工程建设的建议 (0.71) are proposed, while
 * 关于加强农村留守儿童关爱保护的建议 and the first (under 0.1) are not. Staff confirm or dismiss every proposal; nothing merges
 * by itself.
 */
public final class NearDuplicates {

    /** Titles are short: half of their character pairs in common is the same matter in other words. */
    public static final double TITLE_THRESHOLD = 0.5;
    /** Long texts share common pairs (加强, 建设, 工作) by chance; half in common is rarely chance. */
    public static final double CONTENT_THRESHOLD = 0.5;

    private static final Pattern FORMULA = Pattern.compile("^关于|的?(建议|意见|批评)$");

    private NearDuplicates() {
    }

    /** A suggestion proposed for merging and how alike it is (the higher of the two similarities). */
    public record Candidate(Suggestion suggestion, double titleSimilarity, double contentSimilarity) {

        public double score() {
            return Math.max(titleSimilarity, contentSimilarity);
        }
    }

    /** The others that look like the same matter, most alike first; the suggestion itself and other terms are left out. */
    public static List<Candidate> of(Suggestion suggestion, List<Suggestion> others) {
        return others.stream()
                .filter(other -> !other.id().equals(suggestion.id()) && other.term().equals(suggestion.term()))
                .map(other -> new Candidate(other, similarity(title(suggestion.title()), title(other.title())),
                        similarity(suggestion.content(), other.content())))
                .filter(c -> c.titleSimilarity() >= TITLE_THRESHOLD || c.contentSimilarity() >= CONTENT_THRESHOLD)
                .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .toList();
    }

    /** The Jaccard index of the two texts' character bigrams, from 0 (nothing in common) to 1 (the same pairs). */
    public static double similarity(String a, String b) {
        Set<String> first = bigrams(a);
        Set<String> second = bigrams(b);
        if (first.isEmpty() && second.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(first);
        common.retainAll(second);
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return (double) common.size() / all.size();
    }

    /** A title without the formula every title shares. */
    static String title(String title) {
        return FORMULA.matcher(letters(title)).replaceAll("");
    }

    static Set<String> bigrams(String text) {
        int[] points = letters(text).codePoints().toArray();
        Set<String> pairs = new HashSet<>();
        if (points.length == 1) {
            pairs.add(new String(points, 0, 1));
        }
        for (int i = 0; i + 1 < points.length; i++) {
            pairs.add(new String(points, i, 2));
        }
        return pairs;
    }

    private static String letters(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
