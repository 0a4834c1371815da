/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the plant editor's icons (bundles/org.fieldbridge.model.edit/icons/full/obj16): one per element kind,
 * equipment kind and signal kind, as 16x16 PNGs and their 32x32 {@code @2x} twins for HiDPI screens. The
 * shapes are simple on purpose (a tank, a gauge, a gear) and are drawn in a 16-unit grid.
 *
 * <pre>java releng/icons/DrawPlantIcons.java bundles/org.fieldbridge.model.edit/icons/full/obj16</pre>
 */
public final class DrawPlantIcons {

    private static final Color OUTLINE = new Color(0x37, 0x47, 0x4f);
    private static final Color STEEL = new Color(0x90, 0xa4, 0xae);
    private static final Color LIGHT = new Color(0xec, 0xef, 0xf1);
    private static final Color BLUE = new Color(0x1e, 0x88, 0xe5);
    private static final Color LIQUID = new Color(0x4f, 0xc3, 0xf7);
    private static final Color GREEN = new Color(0x43, 0xa0, 0x47);
    private static final Color ORANGE = new Color(0xfb, 0x8c, 0x00);
    private static final Color RED = new Color(0xe5, 0x39, 0x35);
    private static final Color YELLOW = new Color(0xfd, 0xd8, 0x35);
    private static final Color PURPLE = new Color(0x8e, 0x24, 0xaa);
    private static final Color TEAL = new Color(0x00, 0x89, 0x7b);
    private static final Color NAVY = new Color(0x28, 0x35, 0x93);

    private DrawPlantIcons() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bundles/org.fieldbridge.model.edit/icons/full/obj16");
        for (Map.Entry<String, Consumer<Graphics2D>> icon : icons().entrySet()) {
            for (int scale : new int[] { 1, 2 }) {
                Path file = dir.resolve(icon.getKey() + (scale == 1 ? ".png" : "@2x.png"));
                Files.createDirectories(file.getParent());
                ImageIO.write(draw(icon.getValue(), scale), "png", file.toFile());
            }
        }
    }

    private static BufferedImage draw(Consumer<Graphics2D> icon, int scale) {
        BufferedImage image = new BufferedImage(16 * scale, 16 * scale, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(scale, scale);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        icon.accept(g);
        g.dispose();
        return image;
    }

    private static Map<String, Consumer<Graphics2D>> icons() {
        Map<String, Consumer<Graphics2D>> icons = new LinkedHashMap<>();
        icons.put("Plant", DrawPlantIcons::plant);
        icons.put("Enterprise", DrawPlantIcons::enterprise);
        icons.put("Site", DrawPlantIcons::site);
        icons.put("Area", DrawPlantIcons::area);
        icons.put("Line", DrawPlantIcons::line);
        icons.put("WorkCell", DrawPlantIcons::workCell);
        icons.put("equipment/generic", DrawPlantIcons::gear);
        icons.put("equipment/anodizingTank", DrawPlantIcons::tank);
        icons.put("equipment/curingOven", DrawPlantIcons::oven);
        icons.put("equipment/ovenZone", DrawPlantIcons::ovenZone);
        icons.put("equipment/stampingPress", DrawPlantIcons::press);
        icons.put("equipment/castingCell", DrawPlantIcons::ladle);
        icons.put("equipment/extruder", DrawPlantIcons::extruder);
        icons.put("equipment/rectifier", DrawPlantIcons::rectifier);
        icons.put("equipment/agitator", DrawPlantIcons::agitator);
        icons.put("signal/measurement", DrawPlantIcons::gauge);
        icons.put("signal/setpoint", DrawPlantIcons::target);
        icons.put("signal/state", DrawPlantIcons::toggle);
        icons.put("signal/counter", DrawPlantIcons::tally);
        icons.put("ValueRange", DrawPlantIcons::range);
        icons.put("Controller", DrawPlantIcons::plc);
        icons.put("ModbusTcpEndpoint", DrawPlantIcons::ethernet);
        icons.put("OpcUaEndpoint", DrawPlantIcons::globe);
        icons.put("AnonymousIdentity", g -> person(g, STEEL));
        icons.put("UsernameIdentity", g -> person(g, BLUE));
        icons.put("X509Identity", DrawPlantIcons::certificate);
        icons.put("Instrument", DrawPlantIcons::instrument);
        icons.put("CalibrationRecord", DrawPlantIcons::calibration);
        icons.put("EngineeringUnit", DrawPlantIcons::ruler);
        icons.put("Role", DrawPlantIcons::shield);
        return icons;
    }

    private static void fillDraw(Graphics2D g, java.awt.Shape shape, Color fill) {
        g.setColor(fill);
        g.fill(shape);
        g.setColor(OUTLINE);
        g.draw(shape);
    }

    private static void plant(Graphics2D g) {
        Path2D roof = new Path2D.Double();
        roof.moveTo(1.5, 14.5);
        roof.lineTo(1.5, 7.5);
        roof.lineTo(5, 5);
        roof.lineTo(5, 7.5);
        roof.lineTo(8.5, 5);
        roof.lineTo(8.5, 7.5);
        roof.lineTo(11, 5.5);
        roof.lineTo(11, 1.5);
        roof.lineTo(13.5, 1.5);
        roof.lineTo(13.5, 14.5);
        roof.closePath();
        fillDraw(g, roof, STEEL);
        g.setColor(YELLOW);
        g.fill(new Rectangle2D.Double(3, 10, 2, 2));
        g.fill(new Rectangle2D.Double(7, 10, 2, 2));
        g.setColor(OUTLINE);
        g.draw(new Rectangle2D.Double(10.5, 10.5, 2, 4));
    }

    private static void enterprise(Graphics2D g) {
        fillDraw(g, new Rectangle2D.Double(3.5, 1.5, 9, 13), NAVY);
        g.setColor(LIGHT);
        for (int row = 0; row < 4; row++) {
            g.fill(new Rectangle2D.Double(5, 3 + row * 2.6, 2, 1.5));
            g.fill(new Rectangle2D.Double(9, 3 + row * 2.6, 2, 1.5));
        }
    }

    private static void site(Graphics2D g) {
        Path2D pin = new Path2D.Double();
        pin.moveTo(8, 15);
        pin.curveTo(4, 10, 2.5, 8, 2.5, 6);
        pin.curveTo(2.5, 2.8, 5, 0.8, 8, 0.8);
        pin.curveTo(11, 0.8, 13.5, 2.8, 13.5, 6);
        pin.curveTo(13.5, 8, 12, 10, 8, 15);
        pin.closePath();
        fillDraw(g, pin, RED);
        g.setColor(LIGHT);
        g.fill(new Ellipse2D.Double(5.8, 3.8, 4.4, 4.4));
    }

    private static void area(Graphics2D g) {
        fillDraw(g, new Rectangle2D.Double(1.5, 2.5, 13, 11), new Color(0xb2, 0xdf, 0xdb));
        g.setColor(TEAL);
        g.draw(new Line2D.Double(8, 2.5, 8, 9));
        g.draw(new Line2D.Double(1.5, 9, 11, 9));
    }

    private static void line(Graphics2D g) {
        fillDraw(g, new RoundRectangle2D.Double(0.5, 8.5, 15, 5, 5, 5), new Color(0xff, 0xcc, 0x80));
        for (double x : new double[] { 3, 8, 13 }) {
            fillDraw(g, new Ellipse2D.Double(x - 1.5, 9.5, 3, 3), LIGHT);
        }
        g.setColor(ORANGE);
        g.fill(new Rectangle2D.Double(2, 4, 5, 4));
        g.setColor(OUTLINE);
        g.draw(new Rectangle2D.Double(2, 4, 5, 4));
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(9, 6);
        arrow.lineTo(14, 6);
        arrow.moveTo(12, 4);
        arrow.lineTo(14, 6);
        arrow.lineTo(12, 8);
        g.draw(arrow);
    }

    private static void workCell(Graphics2D g) {
        Path2D hexagon = new Path2D.Double();
        for (int i = 0; i < 6; i++) {
            double angle = Math.toRadians(60 * i + 30);
            double x = 8 + 6.8 * Math.cos(angle);
            double y = 8 + 6.8 * Math.sin(angle);
            if (i == 0) {
                hexagon.moveTo(x, y);
            } else {
                hexagon.lineTo(x, y);
            }
        }
        hexagon.closePath();
        fillDraw(g, hexagon, new Color(0xe1, 0xbe, 0xe7));
        g.setColor(PURPLE);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(5, 11, 8, 6));
        g.draw(new Line2D.Double(8, 6, 11, 8));
        g.fill(new Ellipse2D.Double(4, 10, 2.5, 2.5));
    }

    private static void gear(Graphics2D g) {
        Path2D gear = new Path2D.Double();
        int teeth = 8;
        for (int i = 0; i < teeth * 2; i++) {
            double angle = Math.PI * i / teeth;
            double r = i % 2 == 0 ? 7.2 : 5.4;
            double a1 = angle - Math.PI / teeth / 2;
            double a2 = angle + Math.PI / teeth / 2;
            if (i == 0) {
                gear.moveTo(8 + r * Math.cos(a1), 8 + r * Math.sin(a1));
            } else {
                gear.lineTo(8 + r * Math.cos(a1), 8 + r * Math.sin(a1));
            }
            gear.lineTo(8 + r * Math.cos(a2), 8 + r * Math.sin(a2));
        }
        gear.closePath();
        fillDraw(g, gear, STEEL);
        fillDraw(g, new Ellipse2D.Double(5.5, 5.5, 5, 5), LIGHT);
    }

    private static void tank(Graphics2D g) {
        g.setColor(LIQUID);
        g.fill(new Rectangle2D.Double(2, 6, 12, 8));
        g.setColor(LIGHT);
        g.fill(new Ellipse2D.Double(5, 9, 2, 2));
        g.fill(new Ellipse2D.Double(9, 7.5, 1.6, 1.6));
        g.fill(new Ellipse2D.Double(10, 11, 1.8, 1.8));
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D walls = new Path2D.Double();
        walls.moveTo(1.5, 2.5);
        walls.lineTo(1.5, 14.5);
        walls.lineTo(14.5, 14.5);
        walls.lineTo(14.5, 2.5);
        g.draw(walls);
        g.setColor(BLUE);
        g.draw(new Line2D.Double(2.5, 5.8, 13.5, 5.8));
    }

    private static void oven(Graphics2D g) {
        fillDraw(g, new RoundRectangle2D.Double(1.5, 2.5, 13, 12, 2, 2), STEEL);
        fillDraw(g, new Rectangle2D.Double(3.5, 4.5, 9, 8), new Color(0x42, 0x42, 0x42));
        flame(g, 8, 12, 1.0);
    }

    private static void ovenZone(Graphics2D g) {
        g.setColor(STEEL);
        g.fill(new Rectangle2D.Double(1.5, 3.5, 13, 10));
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 1.5f, 1.5f },
                0f));
        g.draw(new Rectangle2D.Double(1.5, 3.5, 13, 10));
        g.setStroke(new BasicStroke(1f));
        flame(g, 8, 12, 0.8);
    }

    private static void flame(Graphics2D g, double x, double bottom, double size) {
        Path2D flame = new Path2D.Double();
        flame.moveTo(x, bottom);
        flame.curveTo(x - 3.5 * size, bottom, x - 3.5 * size, bottom - 4 * size, x - 0.5 * size, bottom - 7 * size);
        flame.curveTo(x, bottom - 4.5 * size, x + 1.5 * size, bottom - 5 * size, x + 1.5 * size, bottom - 5.5 * size);
        flame.curveTo(x + 3.5 * size, bottom - 3.5 * size, x + 3 * size, bottom, x, bottom);
        flame.closePath();
        g.setColor(ORANGE);
        g.fill(flame);
        g.setColor(RED);
        g.draw(flame);
        g.setColor(YELLOW);
        g.fill(new Ellipse2D.Double(x - 1.2 * size, bottom - 3 * size, 2.4 * size, 2.8 * size));
    }

    private static void press(Graphics2D g) {
        fillDraw(g, new Rectangle2D.Double(1.5, 1.5, 13, 3), STEEL);
        fillDraw(g, new Rectangle2D.Double(6.5, 4.5, 3, 3), LIGHT);
        fillDraw(g, new Rectangle2D.Double(3.5, 7.5, 9, 2.5), new Color(0x60, 0x7d, 0x8b));
        fillDraw(g, new Rectangle2D.Double(1.5, 12.5, 13, 2), STEEL);
        g.setColor(RED);
        g.draw(new Line2D.Double(8, 10.5, 8, 12));
    }

    private static void ladle(Graphics2D g) {
        Path2D cup = new Path2D.Double();
        cup.moveTo(1.5, 3.5);
        cup.lineTo(9.5, 1.5);
        cup.lineTo(10.5, 8.5);
        cup.lineTo(4.5, 10.5);
        cup.closePath();
        fillDraw(g, cup, STEEL);
        g.setColor(ORANGE);
        Path2D pour = new Path2D.Double();
        pour.moveTo(9.5, 2);
        pour.curveTo(13, 3, 13, 8, 12.5, 11);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(pour);
        g.setStroke(new BasicStroke(1f));
        fillDraw(g, new Rectangle2D.Double(9.5, 11.5, 5, 3), new Color(0xff, 0xb7, 0x4d));
    }

    private static void extruder(Graphics2D g) {
        fillDraw(g, new Rectangle2D.Double(1.5, 5.5, 10, 5), STEEL);
        fillDraw(g, new Rectangle2D.Double(2.5, 1.5, 3, 4), LIGHT);
        g.setColor(OUTLINE);
        for (double x = 3; x < 11; x += 2) {
            g.draw(new Line2D.Double(x, 10, x + 1.5, 6));
        }
        Path2D die = new Path2D.Double();
        die.moveTo(11.5, 5.5);
        die.lineTo(14.5, 7);
        die.lineTo(14.5, 9);
        die.lineTo(11.5, 10.5);
        die.closePath();
        fillDraw(g, die, ORANGE);
    }

    private static void rectifier(Graphics2D g) {
        fillDraw(g, new RoundRectangle2D.Double(1.5, 1.5, 13, 13, 3, 3), new Color(0x54, 0x6e, 0x7a));
        Path2D bolt = new Path2D.Double();
        bolt.moveTo(9.5, 2.5);
        bolt.lineTo(4.5, 9);
        bolt.lineTo(8, 9);
        bolt.lineTo(6.5, 13.5);
        bolt.lineTo(11.5, 7);
        bolt.lineTo(8, 7);
        bolt.closePath();
        g.setColor(YELLOW);
        g.fill(bolt);
    }

    private static void agitator(Graphics2D g) {
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(8, 1, 8, 11));
        fillDraw(g, new Rectangle2D.Double(5.5, 0.5, 5, 2.5), STEEL);
        Path2D blades = new Path2D.Double();
        blades.moveTo(8, 11);
        blades.curveTo(5, 8.5, 2, 10, 2, 12);
        blades.curveTo(3, 13.5, 6, 13, 8, 11);
        blades.curveTo(10, 13, 13, 13.5, 14, 12);
        blades.curveTo(14, 10, 11, 8.5, 8, 11);
        blades.closePath();
        g.setStroke(new BasicStroke(1f));
        fillDraw(g, blades, LIQUID);
        g.setColor(BLUE);
        g.draw(new Arc2D.Double(3, 12.5, 10, 3, 200, 140, Arc2D.OPEN));
    }

    private static void gauge(Graphics2D g) {
        fillDraw(g, new Ellipse2D.Double(1.5, 1.5, 13, 13), LIGHT);
        g.setColor(GREEN);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(3.5, 3.5, 9, 9, -30, 240, Arc2D.OPEN));
        g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(RED);
        g.draw(new Line2D.Double(8, 8, 11, 5));
        g.setColor(OUTLINE);
        g.fill(new Ellipse2D.Double(6.8, 6.8, 2.4, 2.4));
    }

    private static void target(Graphics2D g) {
        fillDraw(g, new Ellipse2D.Double(1.5, 1.5, 13, 13), LIGHT);
        g.setColor(BLUE);
        g.setStroke(new BasicStroke(1.4f));
        g.draw(new Ellipse2D.Double(4.5, 4.5, 7, 7));
        g.fill(new Ellipse2D.Double(6.5, 6.5, 3, 3));
        g.setStroke(new BasicStroke(1f));
        g.setColor(OUTLINE);
        g.draw(new Line2D.Double(8, 0.5, 8, 3));
        g.draw(new Line2D.Double(8, 13, 8, 15.5));
        g.draw(new Line2D.Double(0.5, 8, 3, 8));
        g.draw(new Line2D.Double(13, 8, 15.5, 8));
    }

    private static void toggle(Graphics2D g) {
        fillDraw(g, new RoundRectangle2D.Double(0.5, 4.5, 15, 7, 7, 7), new Color(0x81, 0xc7, 0x84));
        fillDraw(g, new Ellipse2D.Double(8.5, 5, 6, 6), LIGHT);
    }

    private static void tally(Graphics2D g) {
        fillDraw(g, new RoundRectangle2D.Double(0.5, 2.5, 15, 11, 3, 3), LIGHT);
        g.setColor(PURPLE);
        g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (double x = 3.5; x < 11; x += 2.3) {
            g.draw(new Line2D.Double(x, 5, x, 11));
        }
        g.draw(new Line2D.Double(2.5, 10, 12.5, 6));
    }

    private static void range(Graphics2D g) {
        g.setColor(new Color(0xc8, 0xe6, 0xc9));
        g.fill(new Rectangle2D.Double(3, 6, 10, 4));
        g.setColor(GREEN);
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D brackets = new Path2D.Double();
        brackets.moveTo(4, 3);
        brackets.lineTo(1.5, 3);
        brackets.lineTo(1.5, 13);
        brackets.lineTo(4, 13);
        brackets.moveTo(12, 3);
        brackets.lineTo(14.5, 3);
        brackets.lineTo(14.5, 13);
        brackets.lineTo(12, 13);
        g.draw(brackets);
    }

    private static void plc(Graphics2D g) {
        fillDraw(g, new Rectangle2D.Double(1.5, 2.5, 13, 11), new Color(0xcf, 0xd8, 0xdc));
        fillDraw(g, new Rectangle2D.Double(3.5, 4.5, 9, 3), new Color(0x26, 0x32, 0x38));
        g.setColor(GREEN);
        g.fill(new Ellipse2D.Double(3.5, 9.5, 2, 2));
        g.setColor(ORANGE);
        g.fill(new Ellipse2D.Double(7, 9.5, 2, 2));
        g.setColor(OUTLINE);
        for (double x = 10.5; x < 13; x += 1.5) {
            g.draw(new Line2D.Double(x, 9.5, x, 12));
        }
    }

    private static void ethernet(Graphics2D g) {
        Path2D jack = new Path2D.Double();
        jack.moveTo(1.5, 3.5);
        jack.lineTo(14.5, 3.5);
        jack.lineTo(14.5, 11.5);
        jack.lineTo(11.5, 11.5);
        jack.lineTo(11.5, 14.5);
        jack.lineTo(4.5, 14.5);
        jack.lineTo(4.5, 11.5);
        jack.lineTo(1.5, 11.5);
        jack.closePath();
        fillDraw(g, jack, ORANGE);
        g.setColor(YELLOW);
        for (double x = 3.5; x < 13; x += 2) {
            g.fill(new Rectangle2D.Double(x, 4.5, 1, 3));
        }
    }

    private static void globe(Graphics2D g) {
        fillDraw(g, new Ellipse2D.Double(1.5, 1.5, 13, 13), new Color(0x80, 0xcb, 0xc4));
        g.setColor(TEAL);
        g.draw(new Ellipse2D.Double(5, 1.5, 6, 13));
        g.draw(new Line2D.Double(1.5, 8, 14.5, 8));
        g.draw(new Line2D.Double(8, 1.5, 8, 14.5));
        g.draw(new Arc2D.Double(2.5, 4.5, 11, 2, 0, 180, Arc2D.OPEN));
        g.draw(new Arc2D.Double(2.5, 9.5, 11, 2, 180, 180, Arc2D.OPEN));
    }

    private static void person(Graphics2D g, Color color) {
        fillDraw(g, new Ellipse2D.Double(5, 1.5, 6, 6), color);
        Path2D body = new Path2D.Double();
        body.moveTo(2, 15);
        body.curveTo(2, 10, 4.5, 8.5, 8, 8.5);
        body.curveTo(11.5, 8.5, 14, 10, 14, 15);
        body.closePath();
        fillDraw(g, body, color);
    }

    private static void certificate(Graphics2D g) {
        fillDraw(g, new Rectangle2D.Double(1.5, 2.5, 13, 9), LIGHT);
        g.setColor(STEEL);
        g.draw(new Line2D.Double(3.5, 5, 10, 5));
        g.draw(new Line2D.Double(3.5, 7, 8, 7));
        Path2D ribbon = new Path2D.Double();
        ribbon.moveTo(10.5, 10);
        ribbon.lineTo(10, 15);
        ribbon.lineTo(11.5, 14);
        ribbon.lineTo(13, 15);
        ribbon.lineTo(12.5, 10);
        g.setColor(RED);
        g.fill(ribbon);
        fillDraw(g, new Ellipse2D.Double(9.5, 7.5, 4, 4), YELLOW);
    }

    private static void instrument(Graphics2D g) {
        // the P&ID instrument bubble: a circle with a line for "in the field"
        fillDraw(g, new Ellipse2D.Double(1.5, 1.5, 13, 13), LIGHT);
        g.setColor(OUTLINE);
        g.draw(new Line2D.Double(1.5, 8, 14.5, 8));
        g.setColor(BLUE);
        g.fill(new Rectangle2D.Double(5, 4, 6, 2));
        g.fill(new Rectangle2D.Double(5, 10, 6, 2));
    }

    private static void calibration(Graphics2D g) {
        fillDraw(g, new RoundRectangle2D.Double(2.5, 2.5, 11, 12.5, 2, 2), LIGHT);
        fillDraw(g, new Rectangle2D.Double(5.5, 1, 5, 3), STEEL);
        g.setColor(GREEN);
        g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D check = new Path2D.Double();
        check.moveTo(5, 9);
        check.lineTo(7.2, 11.5);
        check.lineTo(11, 6.5);
        g.draw(check);
    }

    private static void ruler(Graphics2D g) {
        java.awt.geom.AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(-45), 8, 8);
        fillDraw(g, new Rectangle2D.Double(0.5, 5, 15, 6), YELLOW);
        g.setColor(OUTLINE);
        for (int i = 0; i < 6; i++) {
            double x = 2.5 + i * 2.2;
            g.draw(new Line2D.Double(x, 5, x, i % 2 == 0 ? 8.5 : 7));
        }
        g.setTransform(saved);
    }

    private static void shield(Graphics2D g) {
        Path2D shield = new Path2D.Double();
        shield.moveTo(8, 1);
        shield.lineTo(14, 3);
        shield.curveTo(14, 9, 12, 12.5, 8, 15);
        shield.curveTo(4, 12.5, 2, 9, 2, 3);
        shield.closePath();
        fillDraw(g, shield, new Color(0x9f, 0xa8, 0xda));
        g.setColor(NAVY);
        g.fill(new Ellipse2D.Double(6, 4, 4, 4));
        g.fill(new Arc2D.Double(4.5, 8, 7, 7, 0, 180, Arc2D.PIE));
    }
}
