//! Search across the site: institutes, goals and objectives, stories, agencies, IMCP
//! communities, benchmarking programs and countries, sources, headline figures and the
//! network's yearly series.
//!
//! The index is built once per dataset, in the browser, from the dataset already
//! loaded: nothing is fetched, so search works offline. Text is normalised once, when
//! the index is built (lower case, accents removed, split at punctuation), and every
//! distinct word is kept once in a sorted vocabulary with the entries that hold it, so
//! a keystroke looks each query word up by binary search instead of reading every
//! entry's text.
//!
//! Every query word must match the start of a word of the entry ("robot" finds
//! "robotics", "arm" does not find "pharmaceutical"). Results are ranked: an exact
//! acronym or name first, then titles that start with the query, then entries with
//! every word in the title, then the rest; a source (a reference, not a subject) comes
//! after the other kinds unless its name is what was typed; ties go by kind, then title,
//! so the order is the same on every run.

use std::collections::HashMap;

use crate::data::model::{AgencyRole, Citation, Dataset, InstituteStatus};
use crate::format;
use crate::links;
use crate::order::sort_positions;
use crate::url_state::encode;

/// What a result is. The order here is the order of kinds among equally good results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Institute,
    Goal,
    Objective,
    Story,
    Agency,
    Community,
    Program,
    Country,
    /// A dated event of an institute or of the program.
    Event,
    Figure,
    Series,
    /// Last: a source is a reference, not a subject.
    Source,
}

impl Kind {
    pub const ALL: [Kind; 12] = [
        Kind::Institute,
        Kind::Goal,
        Kind::Objective,
        Kind::Story,
        Kind::Agency,
        Kind::Community,
        Kind::Program,
        Kind::Country,
        Kind::Event,
        Kind::Figure,
        Kind::Series,
        Kind::Source,
    ];

    /// One result's kind, as shown beside it: "Institute".
    pub fn label(self) -> &'static str {
        match self {
            Kind::Institute => "Institute",
            Kind::Goal => "Goal",
            Kind::Objective => "Objective",
            Kind::Story => "Success story",
            Kind::Agency => "Federal agency",
            Kind::Community => "IMCP community",
            Kind::Program => "Benchmarking program",
            Kind::Country => "Benchmarking country",
            Kind::Event => "Dated event",
            Kind::Source => "Source",
            Kind::Figure => "Headline figure",
            Kind::Series => "Network series",
        }
    }

    /// A group of results: "Institutes".
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Institute => "Institutes",
            Kind::Goal => "Goals",
            Kind::Objective => "Objectives",
            Kind::Story => "Success stories",
            Kind::Agency => "Federal agencies",
            Kind::Community => "IMCP communities",
            Kind::Program => "Benchmarking programs",
            Kind::Country => "Benchmarking countries",
            Kind::Event => "Dated events",
            Kind::Source => "Sources",
            Kind::Figure => "Headline figures",
            Kind::Series => "Network series",
        }
    }

    /// For ids and attributes: "institute".
    pub fn key(self) -> &'static str {
        match self {
            Kind::Institute => "institute",
            Kind::Goal => "goal",
            Kind::Objective => "objective",
            Kind::Story => "story",
            Kind::Agency => "agency",
            Kind::Community => "community",
            Kind::Program => "program",
            Kind::Country => "country",
            Kind::Event => "event",
            Kind::Source => "source",
            Kind::Figure => "figure",
            Kind::Series => "series",
        }
    }
}

/// One result. `path` is below the app's base ("/institutes/arm"); the marks are byte
/// ranges of `title` and `subtitle` that hold a matched word (or the matched start of
/// one), always on character boundaries, in order and not overlapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub kind: Kind,
    pub title: String,
    pub subtitle: String,
    pub path: String,
    pub title_marks: Vec<(usize, usize)>,
    pub subtitle_marks: Vec<(usize, usize)>,
    /// When a query word is in neither title nor subtitle: a few words of the text it
    /// was found in, around it ("…in drug manufacturing that…"); otherwise empty.
    pub excerpt: String,
    pub excerpt_marks: Vec<(usize, usize)>,
    /// Ids of the sources of the record, for the `data-sources` of the element that
    /// shows it; empty for a record without sources (a country).
    pub sources: Vec<String>,
}

/// The results of one kind: the best `hits` and how many matched in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub kind: Kind,
    pub total: usize,
    pub hits: Vec<Hit>,
}

struct Entry {
    kind: Kind,
    title: String,
    subtitle: String,
    path: String,
    sources: Vec<String>,
    /// The title and the other names of the record (acronym, name, other names, id),
    /// normalised: words joined by single spaces, the title first. A query equal to
    /// one is an exact match; one starting with the query ranks next.
    names: Vec<String>,
    /// The other text searched, as written, for excerpts.
    other: Vec<String>,
}

/// Every searchable entry of one dataset, with its words looked up by prefix.
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// Every distinct normalised word, sorted.
    vocab: Vec<Box<str>>,
    /// `postings[starts[w]..starts[w + 1]]`: the entries holding `vocab[w]`, ascending.
    starts: Vec<u32>,
    postings: Vec<u32>,
}

/// Query words beyond this many are ignored: a pasted paragraph stays fast.
const MAX_QUERY_WORDS: usize = 12;

impl SearchIndex {
    pub fn new(ds: &Dataset) -> Self {
        let mut b = Builder::default();
        add_entries(&mut b, ds);
        b.finish()
    }

    /// How many entries the index holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The best `limit` results for `query`, best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        self.search_counted(query, limit).0
    }

    /// The best `limit` results for `query`, best first, and how many matched in all.
    pub fn search_counted(&self, query: &str, limit: usize) -> (Vec<Hit>, usize) {
        let words = query_words(query);
        let ranked = self.ranked(&words);
        let total = ranked.len();
        let hits = ranked
            .into_iter()
            .take(limit)
            .map(|k| self.hit(k, &words))
            .collect();
        (hits, total)
    }

    /// Every kind with a result, each with its best `per_kind` results and its total;
    /// the kinds in the order of their best result.
    pub fn search_grouped(&self, query: &str, per_kind: usize) -> Vec<Group> {
        self.search_grouped_by(query, &|_| per_kind)
    }

    /// As `search_grouped`, with the number of results listed chosen per kind.
    pub fn search_grouped_by(&self, query: &str, listed: &dyn Fn(Kind) -> usize) -> Vec<Group> {
        let words = query_words(query);
        let mut groups: Vec<Group> = Vec::new();
        for k in self.ranked(&words) {
            let kind = self.entries[k].kind;
            let at = match groups.iter().position(|g| g.kind == kind) {
                Some(at) => at,
                None => {
                    groups.push(Group {
                        kind,
                        total: 0,
                        hits: Vec::new(),
                    });
                    groups.len() - 1
                }
            };
            let g = &mut groups[at];
            g.total += 1;
            if g.hits.len() < listed(kind) {
                g.hits.push(self.hit(k, &words));
            }
        }
        groups
    }

    /// Positions of the matching entries, best first.
    fn ranked(&self, words: &[String]) -> Vec<usize> {
        if words.is_empty() || self.entries.is_empty() {
            return Vec::new();
        }
        let mut found: Option<Vec<u64>> = None;
        for w in words {
            let mut set = vec![0u64; self.entries.len().div_ceil(64)];
            for v in self.prefixed_or_stem(w) {
                let (from, to) = (self.starts[v] as usize, self.starts[v + 1] as usize);
                for &e in &self.postings[from..to] {
                    set[e as usize / 64] |= 1 << (e % 64);
                }
            }
            found = Some(match found {
                None => set,
                Some(mut all) => {
                    for (a, s) in all.iter_mut().zip(&set) {
                        *a &= s;
                    }
                    all
                }
            });
        }
        let found = found.unwrap_or_default();
        let phrase = words.join(" ");
        let mut order: Vec<usize> = Vec::new();
        let mut scores: Vec<(u8, u8)> = vec![(0, 0); self.entries.len()];
        for (block, bits) in found.iter().enumerate() {
            let mut bits = *bits;
            while bits != 0 {
                let k = block * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let mut sc = score(&self.entries[k], words, &phrase);
                // A source is a reference, not a subject: unless its name is what was
                // typed, it comes after every institute, goal, figure and series that
                // matches at all ("Rochester" lists AIM Photonics before the "Rochester
                // Review").
                if self.entries[k].kind == Kind::Source && sc.0 > 0 {
                    sc.0 = sc.0.saturating_add(3);
                }
                scores[k] = sc;
                order.push(k);
            }
        }
        let entries = &self.entries;
        sort_positions(&mut order, &|a, b| {
            let (ea, eb) = (&entries[a], &entries[b]);
            scores[a]
                .cmp(&scores[b])
                .then(ea.kind.cmp(&eb.kind))
                .then_with(|| ea.names[0].cmp(&eb.names[0]))
                .then_with(|| ea.title.cmp(&eb.title))
                .then(a.cmp(&b))
        });
        order
    }

    /// The words that start with `w`; when none does, those that start with its stem
    /// ("robots" finds "robot" and "robotics", "terminated" finds "termination").
    fn prefixed_or_stem(&self, w: &str) -> std::ops::Range<usize> {
        let found = self.prefixed(w);
        if !found.is_empty() {
            return found;
        }
        for suffix in ["ies", "es", "s", "ed", "d", "ing"] {
            let Some(stem) = w.strip_suffix(suffix) else {
                continue;
            };
            if stem.chars().count() < 3 {
                continue;
            }
            let found = self.prefixed(stem);
            if !found.is_empty() {
                return found;
            }
        }
        found
    }

    /// The positions in `vocab` of the words that start with `prefix`.
    fn prefixed(&self, prefix: &str) -> std::ops::Range<usize> {
        let from = self.vocab.partition_point(|w| &**w < prefix);
        let len = self.vocab[from..].partition_point(|w| w.starts_with(prefix));
        from..from + len
    }

    fn hit(&self, k: usize, words: &[String]) -> Hit {
        let e = &self.entries[k];
        let title_marks = marks(&e.title, words);
        let subtitle_marks = marks(&e.subtitle, words);
        // The query words that neither title nor subtitle shows.
        let mut shown = String::new();
        for (text, ranges) in [(&e.title, &title_marks), (&e.subtitle, &subtitle_marks)] {
            for &(a, b) in ranges {
                shown.push(' ');
                shown.push_str(&normalize(&text[a..b]));
            }
        }
        let unseen: Vec<String> = words
            .iter()
            .filter(|w| !shown.split(' ').any(|m| m.starts_with(w.as_str())))
            .cloned()
            .collect();
        let (excerpt, excerpt_marks) = e
            .other
            .iter()
            .find_map(|text| {
                let found = marks(text, &unseen);
                let &(a, _) = found.first()?;
                let cut = excerpt(text, a);
                let m = marks(&cut, words);
                Some((cut, m))
            })
            .unwrap_or_default();
        Hit {
            kind: e.kind,
            title: e.title.clone(),
            subtitle: e.subtitle.clone(),
            path: e.path.clone(),
            title_marks,
            subtitle_marks,
            excerpt,
            excerpt_marks,
            sources: e.sources.clone(),
        }
    }
}

/// Lower is better: (tier, query words that are not a whole word of a name).
fn score(e: &Entry, words: &[String], phrase: &str) -> (u8, u8) {
    let name_words = || e.names.iter().flat_map(|n| n.split(' '));
    let tier = if e.names.iter().any(|n| n == phrase) {
        0
    } else if e.names.iter().any(|n| n.starts_with(phrase)) {
        1
    } else if words
        .iter()
        .all(|w| name_words().any(|t| t.starts_with(w.as_str())))
    {
        2
    } else {
        3
    };
    let partial = words
        .iter()
        .filter(|w| !name_words().any(|t| t == w.as_str()))
        .count();
    (tier, u8::try_from(partial).unwrap_or(u8::MAX))
}

/// Bytes of context kept before a match in an excerpt, and in all.
const EXCERPT_BEFORE: usize = 60;
const EXCERPT_LEN: usize = 180;

/// A few words of `text` around byte `at`, cut at spaces, with "…" where cut.
fn excerpt(text: &str, at: usize) -> String {
    let mut from = at.saturating_sub(EXCERPT_BEFORE);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    if from > 0 {
        // Start at a word: after the last space before the match, past `from`.
        from = text[from..at].find(' ').map_or(at, |k| from + k + 1);
    }
    let mut to = (from + EXCERPT_LEN).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    if to < text.len() {
        if let Some(k) = text[at..to].rfind(' ') {
            to = at + k;
        }
    }
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.push_str(text[from..to].trim());
    if to < text.len() {
        out.push('…');
    }
    out
}

/// Results in groups by kind, the kinds in the order of their first result; `total` is
/// the number of hits given for the kind.
pub fn group(hits: Vec<Hit>) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for h in hits {
        match groups.iter_mut().find(|g| g.kind == h.kind) {
            Some(g) => {
                g.total += 1;
                g.hits.push(h);
            }
            None => groups.push(Group {
                kind: h.kind,
                total: 1,
                hits: vec![h],
            }),
        }
    }
    groups
}

/// The normalised words of a query, at most `MAX_QUERY_WORDS`.
/// Whether a query holds letters of a script other than Latin (Korean, Cyrillic, …):
/// the site is in English, and a reader who typed such a query is told so.
pub fn other_script(query: &str) -> bool {
    query
        .chars()
        .any(|c| c.is_alphabetic() && !c.is_ascii() && !('\u{00C0}'..='\u{024F}').contains(&c))
}

pub fn query_words(query: &str) -> Vec<String> {
    let mut words = Vec::new();
    for_each_word(query, &mut |w| words.push(w.to_string()));
    words.truncate(MAX_QUERY_WORDS);
    words
}

/// `text` in normalised words joined by single spaces: "Sécurité, ARM" → "securite arm".
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for_each_word(text, &mut |w| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    });
    out
}

fn for_each_word(text: &str, f: &mut dyn FnMut(&str)) {
    let mut word = String::new();
    for c in text.chars() {
        if !fold(c, &mut word) && !word.is_empty() {
            f(&word);
            word.clear();
        }
    }
    if !word.is_empty() {
        f(&word);
    }
}

/// Latin-1 letters U+00C0–U+00FF without their accents; `*` marks the ones handled
/// apart (Æ, ×, Þ, ß, æ, ÷, þ).
const LATIN_1: &str = "aaaaaa*ceeeeiiiidnooooo*ouuuuy**aaaaaa*ceeeeiiiidnooooo*ouuuuy*y";
/// Latin Extended-A, U+0100–U+017F, without accents; `*` marks Ĳ, ĳ, Œ and œ.
const LATIN_EXT_A: &str = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// Appends `c` case-folded and without accents to `out`; false for a character that
/// separates words (space, punctuation, symbols).
fn fold(c: char, out: &mut String) -> bool {
    let code = u32::from(c);
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            return true;
        }
        return false;
    }
    let table = match code {
        0xC0..=0xFF => Some((LATIN_1, code - 0xC0)),
        0x100..=0x17F => Some((LATIN_EXT_A, code - 0x100)),
        _ => None,
    };
    if let Some((table, at)) = table {
        let base = table.as_bytes()[at as usize];
        if base != b'*' {
            out.push(char::from(base));
            return true;
        }
        let pair = match c {
            'Æ' | 'æ' => "ae",
            'Þ' | 'þ' => "th",
            'ß' => "ss",
            'Ĳ' | 'ĳ' => "ij",
            'Œ' | 'œ' => "oe",
            _ => return false, // × and ÷
        };
        out.push_str(pair);
        return true;
    }
    // Combining accents (a decomposed "é") belong to their word and are dropped.
    if ('\u{300}'..='\u{36F}').contains(&c) {
        return true;
    }
    if c.is_alphanumeric() {
        out.extend(c.to_lowercase());
        return true;
    }
    false
}

/// Byte ranges of `text` to mark: each word that a query word starts, from the word's
/// start to the end of the longest matching query word.
pub fn marks(text: &str, words: &[String]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if words.is_empty() {
        return out;
    }
    let mut norm = String::new();
    // After each character of the word: (normalised length, end in `text`).
    let mut ends: Vec<(usize, usize)> = Vec::new();
    let mut start: Option<usize> = None;
    let mut finish = |start: usize, norm: &str, ends: &[(usize, usize)]| {
        let best = words
            .iter()
            .filter(|w| norm.starts_with(w.as_str()))
            .map(String::len)
            .max();
        if let Some(len) = best {
            if let Some(&(_, end)) = ends.iter().find(|(n, _)| *n >= len) {
                out.push((start, end));
            }
        }
    };
    for (i, c) in text.char_indices() {
        if fold(c, &mut norm) {
            start.get_or_insert(i);
            ends.push((norm.len(), i + c.len_utf8()));
        } else if let Some(s) = start.take() {
            finish(s, &norm, &ends);
            norm.clear();
            ends.clear();
        }
    }
    if let Some(s) = start {
        finish(s, &norm, &ends);
    }
    out
}

#[derive(Default)]
struct Builder {
    entries: Vec<Entry>,
    ids: HashMap<String, u32>,
    words: Vec<String>,
    /// Per word id, the entries holding it, ascending and distinct.
    lists: Vec<Vec<u32>>,
}

impl Builder {
    /// Adds an entry: `keys` are its other names (besides the title: acronym, name, id),
    /// `other` more text to search, from which excerpts are cut. Every word of the
    /// title, subtitle (for most kinds), keys and `other` finds the entry.
    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        kind: Kind,
        title: String,
        subtitle: String,
        path: String,
        cites: &[&Citation],
        keys: &[&str],
        other: &[&str],
    ) {
        let n = u32::try_from(self.entries.len()).unwrap_or(u32::MAX);
        // These subtitles only place the record (an objective's goal, the plan, the
        // study), which is a result of its own: a word of it would find every record
        // it places.
        let subtitle_searched = !matches!(kind, Kind::Goal | Kind::Objective | Kind::Country);
        let shown: &[&str] = if subtitle_searched {
            &[&title, &subtitle]
        } else {
            &[&title]
        };
        for text in shown
            .iter()
            .copied()
            .chain(keys.iter().copied())
            .chain(other.iter().copied())
        {
            for_each_word(text, &mut |w| self.note(w, n));
        }
        let mut sources: Vec<String> = Vec::new();
        for c in cites {
            if !sources.contains(&c.source) {
                sources.push(c.source.clone());
            }
        }
        let mut names = vec![normalize(&title)];
        for k in keys {
            let k = normalize(k);
            if !k.is_empty() && !names.contains(&k) {
                names.push(k);
            }
        }
        // Text the title and subtitle already show is left out of excerpts.
        let other = other
            .iter()
            .filter(|t| !title.contains(**t) && !subtitle.contains(**t))
            .map(|t| t.to_string())
            .collect();
        self.entries.push(Entry {
            kind,
            names,
            other,
            title,
            subtitle,
            path,
            sources,
        });
    }

    fn note(&mut self, word: &str, entry: u32) {
        let id = match self.ids.get(word) {
            Some(&id) => id,
            None => {
                let id = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
                self.ids.insert(word.to_string(), id);
                self.words.push(word.to_string());
                self.lists.push(Vec::new());
                id
            }
        };
        let list = &mut self.lists[id as usize];
        if list.last() != Some(&entry) {
            list.push(entry);
        }
    }

    fn finish(self) -> SearchIndex {
        let Builder {
            entries,
            words,
            lists,
            ..
        } = self;
        let mut order: Vec<usize> = (0..words.len()).collect();
        sort_positions(&mut order, &|a, b| words[a].cmp(&words[b]));
        let mut starts = Vec::with_capacity(order.len() + 1);
        let mut postings = Vec::with_capacity(lists.iter().map(Vec::len).sum());
        starts.push(0);
        for &w in &order {
            postings.extend_from_slice(&lists[w]);
            starts.push(u32::try_from(postings.len()).unwrap_or(u32::MAX));
        }
        let mut slots: Vec<Option<String>> = words.into_iter().map(Some).collect();
        let vocab = order
            .iter()
            .filter_map(|&w| slots[w].take())
            .map(String::into_boxed_str)
            .collect();
        SearchIndex {
            entries,
            vocab,
            starts,
            postings,
        }
    }
}

fn cites(list: &[Citation]) -> Vec<&Citation> {
    list.iter().collect()
}

/// Every dated event, found by its institute, its kind, what happened and the sentence
/// it was read in; it opens on its institute's page, or on /timeline for the program's.
fn add_events(b: &mut Builder, ds: &Dataset) {
    let institute_events = ds
        .institutes
        .iter()
        .flat_map(|i| i.events.iter().map(move |e| (Some(i), e)));
    let program = ds.program_events.iter().map(|e| (None, e));
    for (inst, e) in institute_events.chain(program) {
        let kind = e.description.as_deref().unwrap_or(e.kind.label());
        let (who, path) = match inst {
            Some(i) => (
                i.acronym.as_str(),
                format!("{}#event-{}", links::institute(&i.id), e.id),
            ),
            None => ("Manufacturing USA", format!("/timeline#event-{}", e.id)),
        };
        // Only the kind is a name of the event: an event is found by its institute's
        // name too, but ranks below the institute itself.
        let keys: Vec<&str> = vec![kind];
        let mut other: Vec<&str> = vec![e.summary.as_str(), e.kind.label()];
        if let Some(i) = inst {
            other.extend([i.acronym.as_str(), i.name.as_str()]);
            other.extend(i.other_names.iter().map(String::as_str));
        }
        other.extend(e.quote.as_deref());
        other.extend(e.figures.iter().map(|f| f.label.as_str()));
        b.add(
            Kind::Event,
            format!("{who}: {kind}, {}", e.date.long()),
            e.summary.clone(),
            path,
            &cites(&e.sources),
            &keys,
            &other,
        );
    }
}

fn add_entries(b: &mut Builder, ds: &Dataset) {
    for i in &ds.institutes {
        let mut subtitle = format!("{} — {}", i.name, i.focus);
        let status = crate::history::status(i, ds.sources_checked);
        if status != InstituteStatus::Established {
            subtitle.push_str(&format!(" ({})", status.label().to_lowercase()));
        }
        let mut keys: Vec<&str> = vec![&i.acronym, &i.name, &i.id];
        keys.extend(i.other_names.iter().map(String::as_str));
        let places: Vec<&str> = i.headquarters.iter().map(|p| p.city.as_str()).collect();
        let mut other: Vec<&str> = i.other_names.iter().map(String::as_str).collect();
        other.extend([i.sponsor.code(), i.sponsoring_office.as_str()]);
        other.extend(places);
        // The record at award: found by "cost share", "federal funding", its operator.
        if let Some(r) = &i.record {
            other.extend([
                "federal funding at award",
                "non-federal cost share at award",
            ]);
            other.extend(r.operator.as_ref().map(|o| o.text.as_str()));
            for a in [&r.federal_at_award, &r.nonfederal_at_award] {
                other.extend(a.quote.as_deref());
            }
        }
        b.add(
            Kind::Institute,
            i.acronym.clone(),
            subtitle,
            links::institute(&i.id),
            &cites(&i.sources),
            &keys,
            &other,
        );
    }
    add_events(b, ds);
    for g in &ds.plan.goals {
        let n = g.objectives.len();
        b.add(
            Kind::Goal,
            format!("Goal {}: {}", g.id, g.title),
            format!(
                "2024 Strategic Plan · {n} objective{}",
                if n == 1 { "" } else { "s" }
            ),
            links::goal(&g.id),
            &cites(&g.sources),
            &[&g.title, &format!("goal {}", g.id)],
            &[],
        );
        for o in &g.objectives {
            b.add(
                Kind::Objective,
                format!("Objective {}: {}", o.id, o.title),
                format!("Goal {}: {}", g.id, g.title),
                links::objective(&g.id, &o.id),
                &cites(&o.sources),
                &[&o.title, &o.id, &format!("objective {}", o.id)],
                &[&o.approach, &o.action],
            );
        }
    }
    for s in &ds.stories {
        let by = ds
            .institute(&s.institute)
            .map_or(s.institute.as_str(), |i| i.acronym.as_str());
        let subtitle = if s.partners.is_empty() {
            by.to_string()
        } else {
            format!("{by} with {}", s.partners.join(", "))
        };
        b.add(
            Kind::Story,
            s.title.clone(),
            subtitle,
            links::institute(&s.institute),
            &cites(&s.sources),
            &[],
            &[&s.summary],
        );
    }
    for a in &ds.agencies {
        let role = match a.role {
            AgencyRole::Sponsor => "Sponsors institutes",
            AgencyRole::Participant => "Participating agency",
        };
        let subtitle = match &a.sponsoring_office {
            Some(office) => format!("{role}, through {office}"),
            None => role.to_string(),
        };
        b.add(
            Kind::Agency,
            format!("{} ({})", a.name, a.acronym),
            subtitle,
            format!("/agencies#agency-{}", a.id),
            &cites(&a.sources),
            &[&a.name, &a.acronym, &a.id],
            &[&a.summary],
        );
    }
    for c in &ds.imcp.communities {
        b.add(
            Kind::Community,
            c.name.clone(),
            format!(
                "Led by {} · {} · round {}, {}",
                c.lead,
                c.states.join(", "),
                c.round,
                c.designated.year
            ),
            format!("/communities?q={}", encode(&c.name)),
            &cites(&c.sources),
            &[&c.name],
            &[],
        );
    }
    let country_name = |id: &str| {
        ds.benchmarking
            .countries
            .iter()
            .find(|c| c.id == id)
            .map_or(id.to_string(), |c| c.name.clone())
    };
    for p in &ds.benchmarking.programs {
        b.add(
            Kind::Program,
            p.name.clone(),
            format!("{} · founded {}", country_name(&p.country), p.founded),
            format!("/benchmarking?programs={}", encode(&p.id)),
            &cites(&p.sources),
            &[&p.name],
            &[&p.summary],
        );
    }
    for c in &ds.benchmarking.countries {
        let programs: Vec<&str> = ds
            .benchmarking
            .programs
            .iter()
            .filter(|p| p.country == c.id)
            .map(|p| p.id.as_str())
            .collect();
        let path = if programs.is_empty() {
            "/benchmarking#study".to_string()
        } else {
            format!("/benchmarking?programs={}", encode(&programs.join(",")))
        };
        let subtitle = match (c.reviewed, programs.len()) {
            (true, 0) => "Reviewed in the plan’s benchmarking study".to_string(),
            (false, 0) => "The comparison in the plan’s benchmarking study".to_string(),
            (_, n) => format!(
                "{} · {n} program{} compared",
                if c.reviewed {
                    "Reviewed in the plan’s benchmarking study"
                } else {
                    "The comparison in the plan’s benchmarking study"
                },
                if n == 1 { "" } else { "s" }
            ),
        };
        b.add(
            Kind::Country,
            c.name.clone(),
            subtitle,
            path,
            &[],
            &[&c.name, &c.id],
            &[],
        );
    }
    for s in &ds.sources {
        let me = Citation {
            source: s.id.clone(),
            pages: None,
        };
        b.add(
            Kind::Source,
            s.short_title.clone(),
            format!("{} · {}", s.title, s.publisher),
            format!("/data#source-{}", s.id),
            &[&me],
            &[&s.short_title, &s.title],
            &[],
        );
    }
    for f in &ds.headline_figures {
        b.add(
            Kind::Figure,
            f.label.clone(),
            format!("{} · {}", format::figure(f), f.period),
            "/".to_string(),
            &cites(&f.sources),
            &[&f.label],
            &[],
        );
    }
    for m in &ds.network.metrics {
        let years: Vec<u16> = m.points.iter().map(|p| p.fiscal_year).collect();
        let span = match (years.first(), years.last()) {
            (Some(a), Some(z)) if a == z => format!("FY{a}"),
            (Some(a), Some(z)) => format!("FY{a}–FY{z}"),
            _ => "no year reported yet".to_string(),
        };
        let point_cites: Vec<&Citation> = m.points.iter().flat_map(|p| &p.sources).collect();
        b.add(
            Kind::Series,
            m.label.clone(),
            format!("The network by fiscal year · {span}"),
            format!("/network?metric={}", encode(&m.id)),
            &point_cites,
            &[&m.label],
            &[],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_tables_cover_their_blocks() {
        assert_eq!(LATIN_1.len(), 0x100 - 0xC0);
        assert_eq!(LATIN_EXT_A.len(), 0x180 - 0x100);
        assert_eq!(normalize("Sécurité ÀÉÎÕÜ ñ ç"), "securite aeiou n c");
        assert_eq!(
            normalize("Straße Æther Œuvre Þing Ĳssel"),
            "strasse aether oeuvre thing ijssel"
        );
        assert_eq!(normalize("Łódź Škoda ĞĪŘ Ž ſ"), "lodz skoda gir z s");
        assert_eq!(normalize("3×4 ÷ 2"), "3 4 2");
        assert_eq!(
            normalize("cafe\u{301} AI-driven, R&D"),
            "cafe ai driven r d"
        );
        assert_eq!(normalize("  "), "");
    }
}
