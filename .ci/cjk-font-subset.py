# Run in a folder holding package/ of `npm pack @embedpdf/fonts-sc` (1.0.0); needs fontTools.
# Subset Noto Sans Hans (OFL) to GB2312 + Latin-1/Latin Extended-A + punctuation, and convert its
# CFF outlines to TrueType quadratic outlines so PDFBox can embed it.
from fontTools.ttLib import TTFont, newTable
from fontTools.subset import Subsetter, Options
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

chars = set(range(0x20, 0x7f)) | set(range(0xa0, 0x180)) | set(range(0x2000, 0x2070)) | set(range(0x3000, 0x3040)) | set(range(0xff00, 0xfff0))
chars |= {0x2212, 0x2013, 0x2014, 0x2026, 0x00b7, 0x2022, 0x2030, 0x2264, 0x2265, 0x00d7}
for hi in range(0xb0, 0xf8):
    for lo in range(0xa1, 0xff):
        try:
            chars.add(ord(bytes([hi, lo]).decode('gb2312')))
        except UnicodeDecodeError:
            pass
font = TTFont('package/fonts/NotoSansHans-Regular.otf')
opts = Options(); opts.layout_features = []; opts.name_IDs = ['*']; opts.notdef_outline = True; opts.hinting = False
s = Subsetter(opts); s.populate(unicodes=chars); s.subset(font)
glyphOrder = font.getGlyphOrder()
glyphSet = font.getGlyphSet()
glyf = newTable('glyf'); glyf.glyphOrder = glyphOrder; glyf.glyphs = {}
for name in glyphOrder:
    pen = TTGlyphPen(glyphSet)
    glyphSet[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyf.glyphs[name] = pen.glyph()
font['loca'] = newTable('loca'); font['glyf'] = glyf
del font['CFF ']
if 'VORG' in font: del font['VORG']
font['maxp'] = maxp = newTable('maxp'); maxp.tableVersion = 0x00010000
for a in ('maxZones','maxTwilightPoints','maxStorage','maxFunctionDefs','maxInstructionDefs','maxStackElements','maxSizeOfInstructions','maxComponentElements'):
    setattr(maxp, a, 0)
maxp.maxZones = 1
font['head'].indexToLocFormat = 0; font['head'].glyphDataFormat = 0
font['post'].formatType = 2.0; font['post'].extraNames = []; font['post'].mapping = {}; font['post'].glyphOrder = glyphOrder
font.sfntVersion = '\x00\x01\x00\x00'
# OFL: a modified font must not carry the Reserved Font Name ('Noto Sans').
for record in font['name'].names:
    if record.nameID in (1, 3, 4, 6, 16, 17, 21, 22):
        record.string = {1: 'CityDialogue CJK', 3: 'CityDialogue CJK Regular GB2312 subset', 4: 'CityDialogue CJK Regular',
                         6: 'CityDialogueCJK-Regular', 16: 'CityDialogue CJK', 17: 'Regular', 21: 'CityDialogue CJK',
                         22: 'Regular'}[record.nameID]
font.save('CityDialogueCJK-Regular.ttf')
print(len(glyphOrder), 'glyphs')
