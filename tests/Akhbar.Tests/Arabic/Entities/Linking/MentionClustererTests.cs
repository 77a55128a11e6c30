using Akhbar.Arabic.Entities.Linking;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Entities.Linking;

public sealed class MentionClustererTests
{
    /// <summary>Mentions at the positions of the given names in an invented text.</summary>
    private static (string Text, List<EntityMention> Mentions) Build(params (string Name, EntityType Type)[] names)
    {
        var text = string.Join(" قال ", names.Select(n => n.Name));
        var mentions = new List<EntityMention>();
        var at = 0;
        foreach (var (name, type) in names)
        {
            var start = text.IndexOf(name, at, StringComparison.Ordinal);
            mentions.Add(new EntityMention(type, new TextSpan(start, start + name.Length), mentions.Count, mentions.Count));
            at = start + name.Length;
        }

        return (text, mentions);
    }

    [Fact]
    public void An_organization_named_with_its_movement_noun_joins_the_bare_name_but_a_person_does_not()
    {
        var (text, mentions) = Build(("النهار الجديد", EntityType.Organization), ("حركة النهار الجديد", EntityType.Organization));
        Assert.Equal(2, Assert.Single(MentionClusterer.Cluster(text, mentions)).Mentions.Count);
        var (party, partyMentions) = Build(("سمير نادر", EntityType.Person), ("نادر", EntityType.Person), ("حزب نادر", EntityType.Organization));
        Assert.Equal(2, MentionClusterer.Cluster(party, partyMentions).Count);
    }

    [Fact]
    public void A_place_joins_a_person_by_family_name_only_when_spelled_letter_for_letter()
    {
        // "العراق" and "الاعرجي" share the loose key (ق read as ج, long vowels dropped); "الصدر" is the name's own last word.
        var (text, mentions) = Build(("العراق", EntityType.Location), ("قاسم الأعرجي", EntityType.Person));
        Assert.Equal(2, MentionClusterer.Cluster(text, mentions).Count);
        var (sadr, sadrMentions) = Build(("مقتدى الصدر", EntityType.Person), ("الصدر", EntityType.Location));
        Assert.Single(MentionClusterer.Cluster(sadr, sadrMentions));
    }

    [Fact]
    public void A_short_form_joins_the_full_name_even_when_it_comes_first()
    {
        var (text, mentions) = Build(("نادر", EntityType.Person), ("سمير نادر", EntityType.Person), ("نادر", EntityType.Person));
        var cluster = Assert.Single(MentionClusterer.Cluster(text, mentions));
        Assert.Equal("سمير نادر", cluster.FullestName());
        Assert.Equal(3, cluster.Mentions.Count);
    }

    [Fact]
    public void A_family_name_written_first_joins_the_full_name()
    {
        var (text, mentions) = Build(("كيم جونغ أون", EntityType.Person), ("كيم", EntityType.Person));
        Assert.Single(MentionClusterer.Cluster(text, mentions));
    }

    [Fact]
    public void A_given_name_alone_joins_the_one_full_name_that_starts_with_it()
    {
        var (text, mentions) = Build(("سلمى نادر", EntityType.Person), ("سلمى", EntityType.Person), ("سلمى", EntityType.Person));
        Assert.Equal(3, Assert.Single(MentionClusterer.Cluster(text, mentions)).Mentions.Count);

        // Not when two people share it, nor a place the tagger found in the word, nor the first part of a compound.
        var (shared, sharedMentions) = Build(("سمير نادر", EntityType.Person), ("سمير خليل", EntityType.Person), ("سمير", EntityType.Person));
        Assert.Equal(3, MentionClusterer.Cluster(shared, sharedMentions).Count);
        var (place, placeMentions) = Build(("إسرائيل كاتس", EntityType.Person), ("إسرائيل", EntityType.Location));
        Assert.Equal(2, MentionClusterer.Cluster(place, placeMentions).Count);
        var (compound, compoundMentions) = Build(("عبد الرحمن نادر", EntityType.Person), ("عبد", EntityType.Person));
        Assert.Equal(2, MentionClusterer.Cluster(compound, compoundMentions).Count);

        // A name that ends one full name is that person even when the tagger ran another mention on from it.
        var (run, runMentions) = Build(("كريستيانو رونالدو", EntityType.Person), ("رونالدو لزيدان", EntityType.Person), ("رونالدو", EntityType.Person));
        Assert.Equal(2, MentionClusterer.Cluster(run, runMentions).Single(c => c.FullestName() == "كريستيانو رونالدو").Mentions.Count);
    }

    [Fact]
    public void The_second_part_of_a_compound_is_no_family_name_but_a_given_name_may_start_with_a_link()
    {
        var (text, mentions) = Build(("سامي بن خالد", EntityType.Person), ("خالد بن سعود", EntityType.Person), ("خالد", EntityType.Person));
        Assert.Equal(2, MentionClusterer.Cluster(text, mentions).Single(c => c.FullestName() == "خالد بن سعود").Mentions.Count);
        var (english, englishMentions) = Build(("بن ديفيز", EntityType.Person), ("ديفيز", EntityType.Person));
        Assert.Single(MentionClusterer.Cluster(english, englishMentions));
    }

    [Fact]
    public void Spelling_variants_and_hamza_join()
    {
        var (text, mentions) = Build(("بوتين", EntityType.Person), ("بوتن", EntityType.Person), ("أحمد", EntityType.Person), ("احمد", EntityType.Person));
        Assert.Equal(2, MentionClusterer.Cluster(text, mentions).Count);
    }

    [Fact]
    public void A_stray_organization_tag_is_outvoted()
    {
        var (text, mentions) = Build(("سمير نادر", EntityType.Person), ("نادر", EntityType.Organization), ("نادر", EntityType.Person));
        var cluster = Assert.Single(MentionClusterer.Cluster(text, mentions));
        Assert.Equal(EntityType.Person, cluster.VotedType());
    }

    [Fact]
    public void Two_people_with_one_family_name_keep_the_short_form_apart()
    {
        var (text, mentions) = Build(("سمير نادر", EntityType.Person), ("كريم نادر", EntityType.Person), ("نادر", EntityType.Person));
        Assert.Equal(3, MentionClusterer.Cluster(text, mentions).Count);
    }

    [Fact]
    public void A_place_designator_is_left_out_of_the_key()
    {
        var (text, mentions) = Build(("محافظة حلب", EntityType.Location), ("حلب", EntityType.Location));
        Assert.Single(MentionClusterer.Cluster(text, mentions));
    }
}
