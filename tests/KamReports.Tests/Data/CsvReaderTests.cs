using System.Text;
using KamReports.Data;
using KamReports.TestSupport;

namespace KamReports.Tests.Data;

/// <summary>Issue 27: the CSV reader (Sep underneath) numbers rows by physical line, and a bad quote costs one row.</summary>
public class CsvReaderTests
{
    private static (string[]? Header, List<(int Line, string[] Fields)> Rows) Read(string path, Encoding? encoding = null)
    {
        using var reader = new CsvTableReader(path, encoding);
        var rows = new List<(int, string[])>();
        while (reader.TryRead(out var line, out var fields)) rows.Add((line, fields));
        return (reader.Header, rows);
    }

    private static (string[]? Header, List<(int Line, string[] Fields)> Rows) ReadText(string content)
    {
        using var dir = new TempDir();
        return Read(dir.File("t.csv", content));
    }

    [Fact]
    public void Lines_count_blank_lines_and_every_line_of_a_quoted_field()
    {
        // 1 header, 2 blank, 3-5 one record, 6 blank, 7 spaces, 8 a row.
        var (header, rows) = ReadText("id,note\n\n1,\"three\nline\nnote\"\n\n  \n2,after\n");
        Assert.Equal(["id", "note"], header!);
        Assert.Equal([3, 8], rows.Select(r => r.Line));
        Assert.Equal(["1", "three\nline\nnote"], rows[0].Fields);
        Assert.Equal(["2", "after"], rows[1].Fields);
    }

    [Fact]
    public void An_unbalanced_quote_in_the_middle_costs_exactly_its_row()
    {
        // Line 3's quote never closes; line 5's own quoted field (with a comma) would close it.
        var (_, rows) = ReadText("id,note\n1,ok\n2,\"open\n3,fine\n4,\"quoted, yes\"\n5,end\n");
        Assert.Equal([2, 3, 4, 5, 6], rows.Select(r => r.Line));
        Assert.Equal([CsvTableReader.UnbalancedMarker, "2,\"open"], rows[1].Fields);
        Assert.Equal(["3", "fine"], rows[2].Fields);
        Assert.Equal(["4", "quoted, yes"], rows[3].Fields);
        Assert.Equal(["5", "end"], rows[4].Fields);
    }

    [Fact]
    public void Crlf_and_lone_cr_end_lines_and_a_field_spanning_them_reads_with_newlines()
    {
        var (_, rows) = ReadText("a,b\r\n1,\"x\r\ny\"\r\n2,z\r3,w");
        Assert.Equal([2, 4, 5], rows.Select(r => r.Line));
        Assert.Equal(["1", "x\ny"], rows[0].Fields);
        Assert.Equal(["2", "z"], rows[1].Fields);
        Assert.Equal(["3", "w"], rows[2].Fields);
    }

    [Fact]
    public void Doubled_quotes_are_one_quote_and_a_quote_inside_an_unquoted_field_is_a_character()
    {
        var (_, rows) = ReadText("id,name,size\n1,\"Say \"\"hi\"\", then go\",x\n2,27\" monitor,y\n3,\"\",z\n");
        Assert.Equal(["1", "Say \"hi\", then go", "x"], rows[0].Fields);
        Assert.Equal(["2", "27\" monitor", "y"], rows[1].Fields);
        Assert.Equal(["3", "", "z"], rows[2].Fields);
        Assert.Equal([2, 3, 4], rows.Select(r => r.Line));
    }

    [Fact]
    public void A_utf8_bom_is_not_part_of_the_header_and_a_utf16_file_resumes_after_a_bad_quote()
    {
        using var dir = new TempDir();
        Assert.Equal(["id", "name"], Read(dir.File("a.csv", "id,name\n1,Zoë\n", bom: true)).Header!);
        var path = Path.Combine(dir.Path, "b.csv");
        File.WriteAllText(path, "id,name\r\n1,\"open\r\n2,Zoë\r\n3,\"Müller, GmbH\"\r\n", new UnicodeEncoding(true, true));
        var (header, rows) = Read(path);
        Assert.Equal(["id", "name"], header!);
        Assert.Equal([2, 3, 4], rows.Select(r => r.Line));
        Assert.Equal(CsvTableReader.UnbalancedMarker, rows[0].Fields[0]);
        Assert.Equal(["2", "Zoë"], rows[1].Fields);
        Assert.Equal(["3", "Müller, GmbH"], rows[2].Fields);
    }

    [Fact]
    public void A_configured_single_byte_encoding_resumes_after_a_bad_quote_at_the_right_byte()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "c.csv");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("id,name\n1,\"Gr\u00fc\u00dfe\n2,M\u00fcller\n"));
        var (_, rows) = Read(path, Encoding.Latin1);
        Assert.Equal([2, 3], rows.Select(r => r.Line));
        Assert.Equal([CsvTableReader.UnbalancedMarker, "1,\"Grüße"], rows[0].Fields);
        Assert.Equal(["2", "Müller"], rows[1].Fields);
    }

    [Fact]
    public void Text_after_a_closing_quote_costs_its_row_instead_of_being_glued_on()
    {
        // The hand-written reader read line 2 as "Acme Ltd"; RFC 4180 allows only a separator there, so the row is reported.
        var (_, rows) = ReadText("id,name\n1,\"Acme\" Ltd\n2,Beta\n");
        Assert.Equal([CsvTableReader.UnbalancedMarker, "1,\"Acme\" Ltd"], rows[0].Fields);
        Assert.Equal((3, "Beta"), (rows[1].Line, rows[1].Fields[1]));
    }

    [Theory]
    [InlineData(200, false)]
    [InlineData(201, true)]
    public void A_quoted_field_may_span_200_lines_and_one_more_is_an_unbalanced_quote(int lines, bool unbalanced)
    {
        var field = string.Join("\n", Enumerable.Range(0, lines).Select(i => $"l{i}"));
        var (_, rows) = ReadText($"id,note\n1,\"{field}\"\n2,ok\n");
        Assert.Equal(2, rows[0].Line);
        Assert.Equal(unbalanced, rows[0].Fields[0] == CsvTableReader.UnbalancedMarker);
        // Given up, the field's other lines are rows of their own; the last, l200", holds a quote inside its field.
        Assert.Equal(lines + 2, rows[^1].Line);
        Assert.Equal(["2", "ok"], rows[^1].Fields);
        Assert.Equal(unbalanced ? lines + 1 : 2, rows.Count);
    }

    [Fact]
    public void Past_sep_s_longest_row_a_long_line_and_a_runaway_quote_each_cost_one_row()
    {
        // Sep holds rows up to 16 million characters: a line of 17 million, then a quote left open over 17 million characters.
        var text = new StringBuilder("id,note\n1,ok\n2,").Append('x', 17_000_000).Append("\n3,\"open\n");
        for (var i = 0; i < 170_000; i++) text.Append(4 + i).Append(',').Append('y', 94).Append('\n');
        var (_, rows) = ReadText(text.ToString());
        Assert.Equal(170_003, rows.Count);
        Assert.Equal((3, CsvTableReader.TooLongMarker, "2," + new string('x', 78)), (rows[1].Line, rows[1].Fields[0], rows[1].Fields[1]));
        Assert.Equal((4, CsvTableReader.UnbalancedMarker), (rows[2].Line, rows[2].Fields[0]));
        Assert.Equal((170_004, "170003"), (rows[^1].Line, rows[^1].Fields[0]));
    }

    [Fact]
    public void A_bad_utf8_byte_past_the_first_64_kb_names_its_line_and_byte()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "d.csv");
        var text = new StringBuilder("id,name\n");
        for (var i = 0; i < 2000; i++) text.Append(i).Append(",name ").Append('n', 30).Append('\n');
        var good = Encoding.UTF8.GetBytes(text.ToString());
        File.WriteAllBytes(path, [.. good, .. "2000,M"u8, 0xFC, .. "ller\n"u8]);
        var e = Assert.Throws<KamException>(() => new CsvTableReader(path));
        Assert.Equal(2002, e.Line);
        Assert.Contains($"is not valid UTF-8 text at byte {good.Length + 7}", e.Message);
    }
}
